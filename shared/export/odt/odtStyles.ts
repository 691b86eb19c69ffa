import type { HouseStyle } from '../houseStyle';
import { element, fragment, text, type Xml, type XmlAttributes } from '../xmlWriter';
import { contentWidthCm, marginCm, pageHeightCm, pageWidthCm } from './odtBlocks';
import { odfNamespaces, odfVersion } from './odtWriter';

/** The logo as the package stores it, and how large the letterhead shows it. */
export interface OdtLogo {
  path: string;
  widthCm: number;
  heightCm: number;
  alt: string;
}

const paragraphStyle = (name: string, display: string, parent: string | null, paragraph: XmlAttributes, textProps: XmlAttributes, extra: XmlAttributes = {}) =>
  element(
    'style:style',
    { 'style:name': name, 'style:display-name': display, 'style:family': 'paragraph', 'style:parent-style-name': parent ?? undefined, ...extra },
    element('style:paragraph-properties', paragraph),
    element('style:text-properties', textProps),
  );

const heading = (level: number, size: number, color: string, italic = false) =>
  paragraphStyle(
    `Heading_20_${level}`,
    `Heading ${level}`,
    'Heading',
    { 'fo:margin-top': level === 1 ? '0.63cm' : '0.42cm', 'fo:margin-bottom': '0.21cm', 'fo:keep-with-next': 'always' },
    { 'fo:font-size': `${size}pt`, 'fo:font-weight': 'bold', 'fo:color': color, 'fo:font-style': italic ? 'italic' : undefined },
    { 'style:default-outline-level': level, 'style:next-style-name': 'Text_20_body', 'style:class': 'text' },
  );

/** Lists indent 0.64 cm per level, the bullet or number hanging in front. */
function listLevels(kind: 'bullet' | 'number', format: string): Xml[] {
  return Array.from({ length: 10 }, (_, index) => {
    const level = index + 1;
    const properties = element(
      'style:list-level-properties',
      { 'text:list-level-position-and-space-mode': 'label-alignment' },
      element('style:list-level-label-alignment', {
        'text:label-followed-by': 'listtab',
        'text:list-tab-stop-position': `${(0.64 * level).toFixed(2)}cm`,
        'fo:text-indent': '-0.64cm',
        'fo:margin-left': `${(0.64 * level).toFixed(2)}cm`,
      }),
    );
    return kind === 'bullet'
      ? element('text:list-level-style-bullet', { 'text:level': level, 'text:bullet-char': level % 2 === 1 ? '•' : '◦' }, properties)
      : element('text:list-level-style-number', { 'text:level': level, 'style:num-format': format, 'style:num-suffix': format ? '.' : undefined }, properties);
  });
}

/** Headings are numbered by nobody but take part in the outline (navigator, PDF bookmarks, screen readers). */
const outline = element(
  'text:outline-style',
  { 'style:name': 'Outline' },
  ...Array.from({ length: 10 }, (_, index) => element('text:outline-level-style', { 'text:level': index + 1, 'style:num-format': '' })),
);

function letterhead(style: HouseStyle, reference: string | null, logo: OdtLogo | null): Xml {
  const parts: Xml[] = [];
  if (logo) {
    const frame = element(
      'draw:frame',
      { 'draw:name': 'Logo', 'text:anchor-type': 'as-char', 'svg:width': `${logo.widthCm.toFixed(3)}cm`, 'svg:height': `${logo.heightCm.toFixed(3)}cm` },
      element('draw:image', { 'xlink:href': logo.path, 'xlink:type': 'simple', 'xlink:show': 'embed', 'xlink:actuate': 'onLoad' }),
      element('svg:title', {}, text(logo.alt)),
      element('svg:desc', {}, text(logo.alt)),
    );
    parts.push(element('text:p', { 'text:style-name': 'Header' }, frame));
  }
  const line: Xml[] = [];
  if (style.organisationName) line.push(element('text:span', { 'text:style-name': 'Strong' }, text(style.organisationName)));
  if (style.referenceInHeader && reference) line.push(element('text:tab'), text(`Zaaknummer ${reference}`));
  if (line.length) parts.push(element('text:p', { 'text:style-name': 'Header' }, ...line));
  return fragment(parts);
}

function footer(style: HouseStyle): Xml {
  const line: Xml[] = [];
  if (style.footerText) line.push(text(style.footerText));
  // The fields count while the reader lays out the pages; 1 is what a reader without layout shows.
  if (style.pageNumbers) {
    line.push(element('text:tab'), text('pagina '), element('text:page-number', { 'text:select-page': 'current' }, text('1')), text(' van '), element('text:page-count', {}, text('1')));
  }
  return line.length ? element('text:p', { 'text:style-name': 'Footer' }, ...line) : fragment([]);
}

/**
 * styles.xml: the house style as named paragraph styles (the ones Writer
 * itself uses, so a person editing the file finds them), the lists, the page
 * with its letterhead and footer. Body text 11 pt and table text 10 pt.
 */
export function stylesXml(style: HouseStyle, reference: string | null, logo: OdtLogo | null): string {
  const font = element('style:font-face', { 'style:name': style.font, 'svg:font-family': style.font.includes(' ') ? `'${style.font}'` : style.font });
  const mono = element('style:font-face', { 'style:name': 'Liberation Mono', 'svg:font-family': "'Liberation Mono'", 'style:font-pitch': 'fixed' });
  const rightTab = element('style:tab-stops', {}, element('style:tab-stop', { 'style:position': `${contentWidthCm}cm`, 'style:type': 'right' }));
  const small = { 'fo:font-size': '9pt' };
  const styles = element(
    'office:styles',
    {},
    element(
      'style:default-style',
      { 'style:family': 'paragraph' },
      element('style:paragraph-properties', { 'fo:line-height': '115%', 'fo:margin-bottom': '0.21cm' }),
      element('style:text-properties', { 'style:font-name': style.font, 'fo:font-size': '11pt', 'fo:language': 'nl', 'fo:country': 'NL', 'fo:color': '#000000' }),
    ),
    paragraphStyle('Standard', 'Standard', null, {}, {}, { 'style:class': 'text' }),
    paragraphStyle('Text_20_body', 'Text body', 'Standard', { 'fo:margin-bottom': '0.21cm' }, {}, { 'style:class': 'text' }),
    paragraphStyle('Title', 'Title', 'Standard', { 'fo:margin-top': '0.42cm', 'fo:margin-bottom': '0.42cm', 'fo:keep-with-next': 'always' }, {
      'fo:font-size': '20pt',
      'fo:font-weight': 'bold',
      'fo:color': style.headingColor,
    }, { 'style:class': 'chapter' }),
    paragraphStyle('Heading', 'Heading', 'Standard', { 'fo:keep-with-next': 'always' }, {}, { 'style:class': 'text' }),
    heading(1, 15, style.headingColor),
    heading(2, 13, style.headingColor),
    heading(3, 11.5, style.headingColor, true),
    paragraphStyle('List_20_Contents', 'List Contents', 'Standard', { 'fo:margin-bottom': '0.1cm' }, {}, { 'style:class': 'list' }),
    paragraphStyle('Quotations', 'Quotations', 'Standard', { 'fo:margin-left': '1cm', 'fo:padding-left': '0.2cm', 'fo:border-left': `1.5pt solid ${style.headingColor}` }, { 'fo:font-style': 'italic' }, { 'style:class': 'html' }),
    paragraphStyle('Preformatted_20_Text', 'Preformatted Text', 'Standard', { 'fo:background-color': '#f2f2f2' }, { 'style:font-name': 'Liberation Mono', 'fo:font-size': '10pt' }, { 'style:class': 'html' }),
    paragraphStyle('Horizontal_20_Line', 'Horizontal Line', 'Standard', { 'fo:border-bottom': '0.5pt solid #808080', 'fo:padding-bottom': '0.05cm' }, { 'fo:font-size': '6pt' }, { 'style:class': 'html' }),
    paragraphStyle('Table_20_Contents', 'Table Contents', 'Standard', { 'fo:margin-bottom': '0.05cm' }, { 'fo:font-size': '10pt' }, { 'style:class': 'extra' }),
    paragraphStyle('Table_20_Heading', 'Table Heading', 'Table_20_Contents', {}, { 'fo:font-weight': 'bold' }, { 'style:class': 'extra' }),
    element('style:style', { 'style:name': 'Header', 'style:family': 'paragraph', 'style:parent-style-name': 'Standard', 'style:class': 'extra' }, element('style:paragraph-properties', { 'fo:margin-bottom': '0cm' }, rightTab), element('style:text-properties', small)),
    element('style:style', { 'style:name': 'Footer', 'style:family': 'paragraph', 'style:parent-style-name': 'Standard', 'style:class': 'extra' }, element('style:paragraph-properties', { 'fo:margin-bottom': '0cm' }, rightTab), element('style:text-properties', small)),
    element('style:style', { 'style:name': 'Strong', 'style:display-name': 'Strong Emphasis', 'style:family': 'text' }, element('style:text-properties', { 'fo:font-weight': 'bold' })),
    outline,
    element('text:list-style', { 'style:name': 'Bullets' }, ...listLevels('bullet', '')),
    element('text:list-style', { 'style:name': 'Numbering' }, ...listLevels('number', '1')),
    // A checklist's items carry their own box, so the list itself shows no mark.
    element('text:list-style', { 'style:name': 'Tasks' }, ...listLevels('number', '')),
  );
  const headerFooterSpacing = { 'fo:min-height': '0cm', 'fo:margin-bottom': '0.4cm' };
  const layout = element(
    'office:automatic-styles',
    {},
    element(
      'style:page-layout',
      { 'style:name': 'A4' },
      element('style:page-layout-properties', {
        'fo:page-width': `${pageWidthCm}cm`,
        'fo:page-height': `${pageHeightCm}cm`,
        'style:print-orientation': 'portrait',
        'fo:margin-top': '1.25cm',
        'fo:margin-bottom': '1.25cm',
        'fo:margin-left': `${marginCm}cm`,
        'fo:margin-right': `${marginCm}cm`,
      }),
      element('style:header-style', {}, element('style:header-footer-properties', headerFooterSpacing)),
      element('style:footer-style', {}, element('style:header-footer-properties', { 'fo:min-height': '0cm', 'fo:margin-top': '0.4cm' })),
    ),
  );
  const head = letterhead(style, reference, logo);
  const foot = footer(style);
  const master = element(
    'office:master-styles',
    {},
    element(
      'style:master-page',
      { 'style:name': 'Standard', 'style:page-layout-name': 'A4' },
      ...(head.length ? [element('style:header', {}, head)] : []),
      ...(foot.length ? [element('style:footer', {}, foot)] : []),
    ),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(
    'office:document-styles',
    { ...odfNamespaces, 'office:version': odfVersion },
    element('office:font-face-decls', {}, font, mono),
    styles,
    layout,
    master,
  )}`;
}
