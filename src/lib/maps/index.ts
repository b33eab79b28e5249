/**
 * maps — the dossier's maps, drawn at build time from Natural Earth boundaries (the
 * `world-atlas` TopoJSON): a projection fitted to one place or to all of them, land, borders
 * and a highlighted state clipped to the frame and rounded, the points marked and labelled
 * without overlap, and coordinates as text. Pure geometry: the components draw the SVG; no
 * tile, no request, no script.
 *
 * May import: nothing else of ours.
 */
export * from './atlas';
export * from './draw';
export * from './labels';
export * from './coordinates';
