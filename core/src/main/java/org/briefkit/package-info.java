/**
 * Briefkit's entry points and the exceptions every module shares.
 */
package org.briefkit;
