/** Small helpers that every feature may use and that use no feature: nothing here depends on the application. */
package org.planscore.support;
