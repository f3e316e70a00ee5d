// Only the NutUI components we use (the full stylesheet would cost ~200 KB in the
// main package, DESIGN.md §7). Imported from JS, not from a .scss file, so each
// stylesheet keeps its own path and pxtransform applies NutUI's 375 design width
// (config designWidth); through a .scss @import everything came out half size.
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/searchbar/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tabs/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/tabpane/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/skeleton/style/css'
