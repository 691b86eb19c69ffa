import type { Page } from 'playwright-core';

/** Roles a person operates; each needs a name a screen reader can say and a voice-control user can call. */
const controlRoles = new Set([
  'button',
  'checkbox',
  'combobox',
  'listbox',
  'menuitemcheckbox',
  'menuitemradio',
  'radio',
  'searchbox',
  'slider',
  'spinbutton',
  'switch',
  'textbox',
]);

interface AxNode {
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  backendDOMNodeId?: number;
}

/**
 * Ids used more than once anywhere in the page, and controls without an
 * accessible name. The name is the one Chromium computes for assistive
 * technology (label, aria-labelledby, aria-label, title, content), read over
 * the DevTools protocol, so it is what a screen reader would say. A duplicate
 * id sends a label's click and its name to another control.
 */
export async function formControlProblems(page: Page): Promise<string[]> {
  // Source text: the test runner's name-keeping helpers do not exist in the page.
  const duplicates = (await page.evaluate(`(() => {
    const counts = new Map();
    for (const element of document.querySelectorAll('[id]')) counts.set(element.id, (counts.get(element.id) ?? 0) + 1);
    return [...counts].filter(([, count]) => count > 1).map(([id, count]) => 'id "' + id + '" appears ' + count + ' times');
  })()`)) as string[];
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const unnamed = nodes.filter((node) => !node.ignored && controlRoles.has(node.role?.value ?? '') && !node.name?.value.trim());
    const described = await Promise.all(
      unnamed.map(async (node) => {
        const { node: element } = await cdp.send('DOM.describeNode', { backendNodeId: node.backendDOMNodeId! });
        const attributes = element.attributes ?? [];
        const shown = ['id', 'name', 'type', 'class', 'value']
          .map((attribute) => {
            const index = attributes.indexOf(attribute);
            return index >= 0 && index % 2 === 0 ? ` ${attribute}="${attributes[index + 1]}"` : '';
          })
          .join('');
        return `${node.role!.value} without a name: <${element.localName}${shown}>`;
      }),
    );
    return [...duplicates, ...described];
  } finally {
    await cdp.detach();
  }
}
