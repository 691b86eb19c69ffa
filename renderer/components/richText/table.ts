import { Node, type Attribute } from '@tiptap/core';
import type { NodeType } from '@tiptap/pm/model';
import { TextSelection } from '@tiptap/pm/state';
import { addColumnAfter, addRowAfter, deleteColumn, deleteRow, deleteTable, goToNextCell, isInTable, tableEditing } from '@tiptap/pm/tables';

/*
 * Tables on ProseMirror's own prosemirror-tables (shipped in @tiptap/pm),
 * because @tiptap/extension-table has no release matching our tiptap
 * version. Node and attribute names follow that extension, so stored JSON
 * stays interchangeable with it. No column resizing: notes need structure,
 * not layout.
 */

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    table: {
      /** A 3×3 table whose first row is a header row; refused inside a table. */
      insertTable: () => ReturnType;
      addRowAfter: () => ReturnType;
      deleteRow: () => ReturnType;
      addColumnAfter: () => ReturnType;
      deleteColumn: () => ReturnType;
      deleteTable: () => ReturnType;
    };
  }
}

/*
 * A wide span is an amplifier: every other row is filled out to the table's
 * width, so one pasted `<td colspan=1000000>` per row would make millions of
 * cells. Pasted column spans are therefore cut to 100. Stored documents get
 * HTML's own ceilings, leaving room to add columns inside a pasted
 * wide span. Row spans cannot amplify: one past the last row is cut back.
 */
const limits = {
  colspan: { pasted: 100, stored: 1000 },
  rowspan: { pasted: 65534, stored: 65534 },
};

function spanAttribute(name: keyof typeof limits): Attribute {
  const { pasted, stored } = limits[name];
  return {
    default: 1,
    parseHTML: (element) => Math.min(Math.max(Number.parseInt(element.getAttribute(name) ?? '', 10) || 1, 1), pasted),
    validate: (value: unknown) => {
      if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > stored) {
        throw new RangeError(`${name} must be an integer from 1 to ${stored}`);
      }
    },
  };
}

const cellAttributes = (): Record<string, Attribute> => ({
  colspan: spanAttribute('colspan'),
  rowspan: spanAttribute('rowspan'),
  // Kept for prosemirror-tables and JSON compatibility; never parsed, since tables are not resizable.
  colwidth: { default: null, parseHTML: () => null, rendered: false },
});

/** prosemirror-tables finds its node types by this role in the schema spec. */
const tableRoles: Record<string, string> = {
  table: 'table',
  tableRow: 'row',
  tableHeader: 'header_cell',
  tableCell: 'cell',
};

export const Table = Node.create({
  name: 'table',
  content: 'tableRow+',
  group: 'block',
  isolating: true,

  extendNodeSchema: (extension) => ({ tableRole: tableRoles[extension.name] }),
  parseHTML: () => [{ tag: 'table' }],
  renderHTML: ({ HTMLAttributes }) => ['table', HTMLAttributes, ['tbody', 0]],

  addCommands() {
    return {
      insertTable:
        () =>
        ({ state, tr, dispatch }) => {
          if (isInTable(state)) return false;
          if (dispatch) {
            const { table, tableRow, tableHeader, tableCell } = state.schema.nodes as Record<string, NodeType>;
            const row = (cell: NodeType) => tableRow!.create(null, [0, 1, 2].map(() => cell.createAndFill()!));
            const offset = tr.selection.from + 1;
            tr.replaceSelectionWith(table!.create(null, [row(tableHeader!), row(tableCell!), row(tableCell!)]));
            tr.setSelection(TextSelection.near(tr.doc.resolve(offset))).scrollIntoView();
          }
          return true;
        },
      addRowAfter:
        () =>
        ({ state, dispatch }) =>
          addRowAfter(state, dispatch),
      deleteRow:
        () =>
        ({ state, dispatch }) =>
          deleteRow(state, dispatch),
      addColumnAfter:
        () =>
        ({ state, dispatch }) =>
          addColumnAfter(state, dispatch),
      deleteColumn:
        () =>
        ({ state, dispatch }) =>
          deleteColumn(state, dispatch),
      deleteTable:
        () =>
        ({ state, dispatch }) =>
          deleteTable(state, dispatch),
    };
  },

  addKeyboardShortcuts() {
    // No new row on Tab in the last cell: Tab must still be able to leave the editor (WCAG 2.1.2).
    return {
      Tab: () => goToNextCell(1)(this.editor.state, this.editor.view.dispatch),
      'Shift-Tab': () => goToNextCell(-1)(this.editor.state, this.editor.view.dispatch),
    };
  },

  addProseMirrorPlugins: () => [tableEditing()],
});

export const TableRow = Node.create({
  name: 'tableRow',
  content: '(tableCell | tableHeader)*',
  parseHTML: () => [{ tag: 'tr' }],
  renderHTML: ({ HTMLAttributes }) => ['tr', HTMLAttributes, 0],
});

export const TableHeader = Node.create({
  name: 'tableHeader',
  content: 'block+',
  isolating: true,
  addAttributes: cellAttributes,
  parseHTML: () => [{ tag: 'th' }],
  renderHTML: ({ HTMLAttributes }) => ['th', HTMLAttributes, 0],
});

export const TableCell = Node.create({
  name: 'tableCell',
  content: 'block+',
  isolating: true,
  addAttributes: cellAttributes,
  parseHTML: () => [{ tag: 'td' }],
  renderHTML: ({ HTMLAttributes }) => ['td', HTMLAttributes, 0],
});
