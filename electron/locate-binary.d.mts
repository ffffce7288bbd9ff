export declare function locateElectronBinary(): { readonly path: string } | { readonly reason: string };
