// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ImportExportSection, { type ImportReport } from '../../../components/options/ImportExportSection';
import { button, click, get, mount, text, unmountAll } from '../dom';

afterEach(unmountAll);

function renderSection(report: ImportReport | null = null) {
  const onExport = vi.fn();
  const onImport = vi.fn();
  const root = mount(<ImportExportSection onExport={onExport} onImport={onImport} report={report} />);
  return { root, onExport, onImport, status: text(get(root, '[role="status"]')) };
}

describe('ImportExportSection', () => {
  it('exports on request', () => {
    const { root, onExport } = renderSection();
    click(button(root, 'Export settings'));
    expect(onExport).toHaveBeenCalledOnce();
  });

  it('passes the chosen file on and clears the input for the next choice', () => {
    const { root, onImport } = renderSection();
    const input = get<HTMLInputElement>(root, 'input[type="file"]');
    const file = new File(['{}'], 'settings.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onImport).toHaveBeenCalledWith(file);
    expect(input.value).toBe('');
  });

  it('says nothing before an import', () => {
    expect(renderSection().status).toBe('');
  });

  it('confirms an import that used every value', () => {
    expect(renderSection({ applied: true, errors: [] }).status).toBe('Imported. Every value in the file was used.');
  });

  it('lists the values an import could not use', () => {
    const errors = [
      'sites[3].hintStyle: "glow" is not one of highlight, underline, none; using the default',
      'theme: not a setting; ignored',
    ];
    const { root, status } = renderSection({ applied: true, errors });
    expect(status).toMatch(/^Imported\. Ignored 2 values that could not be used:/);
    expect([...root.querySelectorAll('li')].map(text)).toEqual(errors);
  });

  it('counts the unlisted values after the first ten', () => {
    const errors = Array.from({ length: 13 }, (_, i) => `sites[${i}]: dropped`);
    const items = [...renderSection({ applied: true, errors }).root.querySelectorAll('li')].map(text);
    expect(items).toHaveLength(11);
    expect(items.at(-1)).toBe('…and 3 more.');
  });

  it('says when nothing was imported, and why', () => {
    const { root } = renderSection({ applied: false, errors: ['The file is not valid JSON.'] });
    expect(text(get(root, '[role="status"] p'))).toBe('Nothing was imported.');
    expect([...root.querySelectorAll('li')].map(text)).toEqual(['The file is not valid JSON.']);
  });
});
