// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import AddSiteForm from '../../../components/options/AddSiteForm';
import { get, mount, text, unmountAll } from '../dom';
import { submit, type } from './events';

afterEach(unmountAll);

function addSite(input: string, existingDomains: string[] = []) {
  const onAdd = vi.fn();
  const root = mount(<AddSiteForm existingDomains={existingDomains} onAdd={onAdd} />);
  type(get<HTMLInputElement>(root, 'input'), input);
  submit(get<HTMLFormElement>(root, 'form'));
  return { root, onAdd, field: get<HTMLInputElement>(root, 'input') };
}

describe('AddSiteForm', () => {
  it('adds the hostname of a pasted address and clears the field', () => {
    const { onAdd, field } = addSite('https://www.BBC.co.uk/news/world');
    expect(onAdd).toHaveBeenCalledWith('www.bbc.co.uk');
    expect(field.value).toBe('');
  });

  it('refuses text that names no site, with an alert', () => {
    const { root, onAdd, field } = addSite('not a site');
    expect(onAdd).not.toHaveBeenCalled();
    expect(text(get(root, '[role="alert"]'))).toBe('Enter a site such as bbc.co.uk or a page address.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a domain that already has a rule', () => {
    const { root, onAdd } = addSite('cnn.com', ['cnn.com']);
    expect(onAdd).not.toHaveBeenCalled();
    expect(text(get(root, '[role="alert"]'))).toContain('cnn.com already has a rule');
  });

  it('labels its field', () => {
    const root = mount(<AddSiteForm existingDomains={[]} onAdd={vi.fn()} />);
    expect(text(get(root, `label[for="${get(root, 'input').id}"]`))).toBe('Add a site');
  });
});
