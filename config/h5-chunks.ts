// H5 code splitting (DESIGN.md §7). Taro's H5 default (`chunks: 'initial'`) shares code only
// between initial chunks, so each of the ~37 lazily loaded page chunks carried its own copy of
// axios, Taro's H5 components, the query cache, NutUI and src/api (6.6 MB of JS on disk for
// ~1 MB of distinct code). Splitting across all chunks puts each shared module in one chunk.

/** Below this a shared group is left inside the chunks that use it (one request saved each time). */
const MIN_SHARED_BYTES = 8 * 1024

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function splitH5Chunks(chain: any): void {
  chain.optimization.splitChunks({
    chunks: 'all',
    hidePathInfo: true,
    minSize: MIN_SHARED_BYTES,
    // Pages load on navigation; a few more parallel requests are cheaper than copies.
    maxAsyncRequests: 12,
    maxInitialRequests: 8,
    cacheGroups: {
      default: false,
      defaultVendors: false,
      // Taro's runtime and H5 components: needed by every page, one chunk.
      taro: { test: /[\\/]node_modules[\\/]@tarojs[\\/]/, priority: 100, reuseExistingChunk: true },
      // Libraries used by two chunks or more.
      vendors: { test: /[\\/]node_modules[\\/]/, minChunks: 2, priority: 10, reuseExistingChunk: true },
      // Our own shared code (src/api, src/components, src/lib, src/platform) used by two chunks or more.
      common: { minChunks: 2, priority: 1, reuseExistingChunk: true },
    },
  })
}
