export {};
//# sourceMappingURL=contract.test.d.ts.map
