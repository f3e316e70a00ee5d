// NutUI styles used by the first page (home: button, loading skeletons; the search box is our own, src/components/search-field) and by most
// pages after it. Other components' styles are imported by the pages that use them, beside the
// component import (catalogue: tabs; 我的 and settings: cell), so no page pays for a component it
// does not show (the full stylesheet would cost ~200 KB, DESIGN.md §7).
// Imported from JS, not from a .scss file, so each stylesheet keeps its own path and pxtransform
// applies NutUI's 375 design width (config designWidth); through a .scss @import everything came
// out half size.
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/skeleton/style/css'
