// Types of the copied compiler (mdastCompiler.js): the parts chunks.ts uses.
import type { Root } from 'mdast';
import type { Extension } from 'mdast-util-from-markdown';
import type { Event } from 'micromark-util-types';

export function compiler(options?: { mdastExtensions?: Array<Extension | Extension[]> }): (events: Event[]) => Root;
