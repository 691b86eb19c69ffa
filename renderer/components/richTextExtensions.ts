import StarterKit from '@tiptap/starter-kit';
import { parseExternalUrl } from '@shared/util/safeUrl';

/** Links may only point to https; anything else (javascript:, data:, file:) never enters the document. */
export const editorExtensions = [
  StarterKit.configure({
    heading: { levels: [2, 3] },
    link: {
      openOnClick: false,
      autolink: true,
      protocols: ['https'],
      defaultProtocol: 'https',
      isAllowedUri: (url) => parseExternalUrl(url) !== null,
    },
  }),
];
