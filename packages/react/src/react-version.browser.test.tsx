import { version } from 'react';
import { version as domVersion } from 'react-dom';
import { expect, inject, it } from 'vitest';

it('runs on the React major of this project (both majors of the peer range are tested)', () => {
  expect(version.split('.')[0]).toBe(inject('reactMajor'));
  expect(domVersion).toBe(version);
});
