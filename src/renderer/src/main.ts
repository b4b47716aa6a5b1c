import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { useCollectionStore } from './stores/collection'
import { markAfterFirstPaint } from './firstRows'
import './styles/main.css'
import { config as zodConfig } from 'zod/v4/core'

// The page's CSP forbids eval: zod's fast path probes for it with `new Function`, which the
// browser reports as a violation. Without JIT zod validates the same, a little slower.
zodConfig({ jitless: true })

const pinia = createPinia()
const app = createApp(App).use(pinia)
// The first page of records is asked for before the window is built: on a large collection the
// request and the mounting then overlap instead of following each other.
const collection = useCollectionStore(pinia)
void collection.reload()
app.mount('#app')
markAfterFirstPaint(() => collection.loaded)
