// The tiptap extensions an article is rendered with: StarterKit limited to the
// blocks and marks of lib/articles' block model, so the document tiptap builds
// from the stored HTML holds exactly the article's blocks.
import StarterKit from '@tiptap/starter-kit';

export const articleExtensions = [
  StarterKit.configure({
    link: { openOnClick: false, autolink: false, linkOnPaste: false },
    // The document must hold exactly the article's blocks: no empty trailing paragraph.
    trailingNode: false,
    codeBlock: false,
    code: false,
    horizontalRule: false,
    strike: false,
    underline: false,
  }),
];
