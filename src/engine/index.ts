// Copydesk's article engine: no editor imports, so it runs in Node, the browser and the CLI alike.
export { analyze, ArticleSession } from './analyze';
export type * from './types';
