/**
 * Word numbering: one list definition per kind of list, one numbered instance per list, and heading numbers.
 */
package org.briefkit.docx.internal.numbering;
