import { localePaths } from '../../../site/locale-paths';
import { blankPdfRoute } from '../../../site/blank-pdf-endpoint';

export const getStaticPaths = localePaths;
export const GET = blankPdfRoute(false);
