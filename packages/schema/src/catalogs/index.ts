import { emailMarketingCatalog } from './email-marketing.js';
import { hostingCatalog } from './hosting.js';
import { marketplaceCatalog } from './marketplace.js';
import { photographyCatalog } from './photography.js';
import { printShopCatalog } from './print-shop.js';

/** Every template a workspace can start from, by the name the workspace stores. */
export const catalogs = {
  photography: photographyCatalog,
  'email-marketing': emailMarketingCatalog,
  hosting: hostingCatalog,
  marketplace: marketplaceCatalog,
  'print-shop': printShopCatalog,
} as const;

export type CatalogTemplate = keyof typeof catalogs;
export type Catalog = (typeof catalogs)[CatalogTemplate];

/** Any permission any template defines; a procedure declares one of these. */
export type Permission = { [T in CatalogTemplate]: keyof (typeof catalogs)[T]['permissions'] }[CatalogTemplate];

export const catalogTemplates = Object.keys(catalogs) as CatalogTemplate[];
