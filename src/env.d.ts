interface ImportMetaEnv {
  /** True in `astro dev` only (astro.config.mjs): drafts show in the live preview, never in a build. */
  readonly DOSSIER_SHOW_DRAFTS: boolean;
}
