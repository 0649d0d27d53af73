/**
 * Every page's locale and translator, set once from the route's `lang` parameter (as Starlight
 * does), so pages and components read `Astro.locals` instead of casting params and passing the
 * locale down. Routes without a locale (the root page, the data files) get the default one.
 */
import { defineMiddleware } from 'astro:middleware';
import { useTranslations } from './i18n/i18n.ts';
import { DEFAULT_LOCALE, isLocaleCode } from './i18n/locales.ts';

export const onRequest = defineMiddleware((context, next) => {
  const lang = context.params['lang'];
  const locale = lang !== undefined && isLocaleCode(lang) ? lang : DEFAULT_LOCALE;
  context.locals.locale = locale;
  context.locals.t = useTranslations(locale);
  return next();
});
