import { describe, expect, it } from 'vitest';
import { firstScreenFiles } from '../../bench/firstScreenFiles';

const html = `<head>
  <script type="module" crossorigin src="./assets/index-A1.js"></script>
  <link rel="modulepreload" crossorigin href="./assets/dist-B2.js">
</head>`;

describe('the first screen’s files', () => {
  it('holds the entry, the first page’s chunk and what they import statically, never what loads on use', () => {
    const files = new Map([
      ['assets/index-A1.js', 'import{a as e}from"./dist-B2.js";import"./runtime-C3.js";const p=()=>__vitePreload(()=>import("./CaseListPage-D4.js"),[]);'],
      ['assets/dist-B2.js', 'import*as r from"./runtime-C3.js";export{r as a};'],
      ['assets/runtime-C3.js', 'export const n=1;'],
      ['assets/CaseListPage-D4.js', 'import{t}from"./caseFilter-E5.js";import{a}from"./dist-B2.js";const x=()=>import("./RichTextEditor-F6.js");'],
      ['assets/caseFilter-E5.js', 'export const t=2;'],
      ['assets/RichTextEditor-F6.js', 'import"./prosemirror-G7.js";'],
      ['assets/prosemirror-G7.js', ''],
      ['assets/AdvicePage-H8.js', 'import"./dist-B2.js";'],
    ]);
    expect(firstScreenFiles(html, files)).toEqual([
      'assets/CaseListPage-D4.js',
      'assets/caseFilter-E5.js',
      'assets/dist-B2.js',
      'assets/index-A1.js',
      'assets/runtime-C3.js',
    ]);
  });

  it('stops at an import the build does not hold, rather than count too little', () => {
    expect(() => firstScreenFiles(html, new Map([['assets/index-A1.js', 'import"./gone-X.js";']]))).toThrow('assets/gone-X.js is imported but not in the build');
  });
});
