package org.planscore.ingest.text;

/** How a source writes decimals: Vietnamese "1.234,5", English "1,234.5", or decided per value. */
public enum NumberStyle {
    VN, EN, AUTO
}
