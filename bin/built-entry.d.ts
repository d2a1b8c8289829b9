// Types of built-entry.js (plain JavaScript: it runs before anything that could load TypeScript).
export declare const BUILD_STAMP: string
export declare function newestMtimeMs(dir: string): number
export declare function builtIsCurrent(root: string): boolean
