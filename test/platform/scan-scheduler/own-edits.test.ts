// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { asOwnEdit, registerMuter } from '../../../platform/scan-scheduler/own-edits';

describe('asOwnEdit', () => {
  it('runs the edit directly when no muter is registered', () => {
    const calls: string[] = [];
    asOwnEdit(document, () => void calls.push('edit'));
    expect(calls).toEqual(['edit']);
  });

  it('runs the edit inside every registered muter', () => {
    const calls: string[] = [];
    const mute = (name: string) => (edit: () => void) => {
      calls.push(`${name} before`);
      edit();
      calls.push(`${name} after`);
    };
    const stopA = registerMuter(document, mute('a'));
    const stopB = registerMuter(document, mute('b'));
    asOwnEdit(document, () => void calls.push('edit'));
    stopA();
    stopB();
    expect(calls).toEqual(['b before', 'a before', 'edit', 'a after', 'b after']);
  });
});

describe('registerMuter', () => {
  it('returns a function that stops the muter', () => {
    let muted = 0;
    registerMuter(document, (edit) => {
      muted += 1;
      edit();
    })();
    asOwnEdit(document, () => undefined);
    expect(muted).toBe(0);
  });
});
