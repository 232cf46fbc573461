export { parse as mmParse, postprocess, preprocess } from 'micromark';
export { fromMarkdown } from 'mdast-util-from-markdown';
export { unified } from 'unified';
export { default as remarkParse } from 'remark-parse';
