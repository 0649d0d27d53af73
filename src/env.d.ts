/** What the middleware (src/middleware.ts) gives every page and component. */
declare namespace App {
  interface Locals {
    locale: import('./i18n/locales.ts').LocaleCode;
    t: import('i18next').TFunction;
  }
}
