/// <reference path="../pb_data/types.d.ts" />
// `/` sends the visitor to the site in the best language from Accept-Language (src/lib/i18n/negotiate.ts).

routerAdd('GET', '/{$}', (e) => {
  const { negotiateLanguage } = require(`${__hooks}/generated/ertad-lib.cjs`);
  e.response.header().set('Vary', 'Accept-Language');
  return e.redirect(302, `/${negotiateLanguage(e.request.header.get('Accept-Language'))}/`);
});
