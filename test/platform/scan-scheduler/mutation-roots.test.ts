// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectMutationRoots, outermostRoots, rescanRootFor } from '../../../platform/scan-scheduler/mutation-roots';
import { UI_HOST_TAG } from '../../../platform/ui-host';
import { setBody } from '../dom-fixtures';

function byId(id: string): Element {
  return document.getElementById(id) as Element;
}

describe('rescanRootFor', () => {
  it('returns an added block itself', () => {
    setBody('<article><p id="p">text</p></article>');
    expect(rescanRootFor(byId('p'))).toBe(byId('p'));
  });

  it('returns the block around inline content that reads into its neighbours', () => {
    setBody('<div><p id="p">North <span><b id="b">Korea</b></span></p></div>');
    expect(rescanRootFor(byId('b'))).toBe(byId('p'));
  });

  it('returns an inline node alone when its neighbours are blocks or whitespace', () => {
    setBody('<div id="app">\n<main><p>story</p></main>\n<span id="toast">Saved</span>\n</div>');
    expect(rescanRootFor(byId('toast'))).toBe(byId('toast'));
  });

  it('looks past comments for neighbouring text', () => {
    setBody('<p id="p">North <!-- ad --><b id="b">Korea</b></p>');
    expect(rescanRootFor(byId('b'))).toBe(byId('p'));
  });

  it('returns a node directly in the body itself', () => {
    setBody('text <b id="b">bold</b>');
    expect(rescanRootFor(byId('b'))).toBe(byId('b'));
  });
});

function childList(target: Node, added: Node[]): MutationRecord {
  return { type: 'childList', target, addedNodes: added } as unknown as MutationRecord;
}

describe('collectMutationRoots', () => {
  it('collects the rescan root of each added node', () => {
    setBody('<article id="a"></article>');
    const p = document.createElement('p');
    const roots = new Set<Node>();
    collectMutationRoots([childList(byId('a'), [p])], roots);
    expect([...roots]).toEqual([p]);
  });

  it('collects the block of a changed text node', () => {
    setBody('<p id="p">North <i id="i">Korea</i></p>');
    const record = {
      type: 'characterData',
      target: byId('i').firstChild,
    } as unknown as MutationRecord;
    const roots = new Set<Node>();
    collectMutationRoots([record], roots);
    expect([...roots]).toEqual([byId('p')]);
  });

  it('skips records whose target is inside the UI host', () => {
    setBody(`<${UI_HOST_TAG}><div id="ui"></div></${UI_HOST_TAG}>`);
    const roots = new Set<Node>();
    collectMutationRoots([childList(byId('ui'), [document.createElement('p')])], roots);
    expect(roots.size).toBe(0);
  });

  it('skips the insertion of the UI host', () => {
    const roots = new Set<Node>();
    collectMutationRoots([childList(document.body, [document.createElement(UI_HOST_TAG)])], roots);
    expect(roots.size).toBe(0);
  });
});

describe('outermostRoots', () => {
  it('drops roots inside other roots', () => {
    setBody('<section id="s"><p id="p">a</p></section><p id="q">b</p>');
    const roots = new Set<Node>([byId('p'), byId('s'), byId('q')]);
    expect(outermostRoots(roots)).toEqual([byId('s'), byId('q')]);
  });
});
