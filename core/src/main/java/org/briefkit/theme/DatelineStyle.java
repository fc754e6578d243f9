package org.briefkit.theme;

/** How a press release's dateline is written before the lead. */
public enum DatelineStyle {
    /** Associated Press: the city in capitals and a dash, "WASHINGTON —". */
    AP,
    /** Mixed case with the date, "Washington, March 15, 2023—". */
    DATED
}
