/**
 * People's own data (GDPR): a person downloads all of it as a ZIP of JSON and CSV in their language; asks to be
 * erased, which an animator of the pole or a manager of their organisation confirms; and the pole sets how long audit
 * entries, messages and notifications are kept, removed once a day after that.
 */
package org.coopole.privacy;
