interface ImportMetaEnv {
  /** True in `astro dev` only (astro.config.mjs): drafts show in the live preview, never in a build. */
  readonly DOSSIER_SHOW_DRAFTS: boolean;
  /** True in `astro dev` only (astro.config.mjs): pages carry no Content-Security-Policy, which would refuse the dev server's scripts. */
  readonly DOSSIER_DEV_SERVER: boolean;
}
