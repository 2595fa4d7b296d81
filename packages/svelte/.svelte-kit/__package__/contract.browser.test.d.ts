export {};
//# sourceMappingURL=contract.browser.test.d.ts.map
