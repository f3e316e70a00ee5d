// Taro builds use babel-preset-taro; jest (NODE_ENV=test) uses plain presets plus
// transform-taroapi so `Taro.xxx` calls resolve like in the H5 build (DESIGN.md §6).
module.exports = (api) => {
  const isTest = api.env('test')
  if (isTest) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-react', { runtime: 'automatic' }],
        '@babel/preset-typescript',
      ],
      plugins: [
        [
          'babel-plugin-transform-taroapi',
          {
            packageName: '@tarojs/taro',
            definition: require('@tarojs/plugin-platform-h5/dist/definition.json'),
          },
        ],
      ],
    }
  }
  return {
    presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
  }
}
