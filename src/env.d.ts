/// <reference types="astro/client" />

declare namespace App {
  /** Per-page render state shared between a page and the trainer components inside its MDX. */
  interface Locals {
    /** The language of the module text being rendered (differs from the page's on fallback). */
    contentLang?: import('./lib/i18n/languages').Lang;
    /** How many <Glossary> terms the page has rendered, for unique ids. */
    glossaryCount?: number;
  }
}
