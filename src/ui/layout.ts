/** Height of the phone's bottom sheet when lowered, as a fraction of the layout: the map frames places above it. */
export const SHEET_LOWERED = 0.42;
