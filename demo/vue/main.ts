// A Vue 3 page that embeds Foyer's elements. Importing the package registers every tag; its
// Vue types (@foyer/elements/vue, generated from the elements' manifest) make the tags known
// to templates as global components with their properties and events.
import '@foyer/elements';
import { createApp } from 'vue';
import ClientGalleries from './ClientGalleries.vue';

createApp(ClientGalleries).mount('#app');
