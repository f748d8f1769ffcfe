// Everything PocketBase's hooks use from src/lib, bundled into pocketbase/pb_hooks/generated/ertad-lib.cjs.
export { negotiateLanguage } from '../i18n/negotiate';
