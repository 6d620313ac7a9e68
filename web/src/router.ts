import { createRouter, createWebHistory, type RouteRecordRaw } from 'vue-router'
import { isSignedIn, isAdmin } from './session'
import ConsoleLayout from './layouts/ConsoleLayout.vue'
import LoginPage from './pages/LoginPage.vue'

/** Pages of the console; `meta.title` feeds the menu and the document title. */
export const consolePages: RouteRecordRaw[] = [
  { path: 'inbox', name: 'inbox', component: () => import('./pages/InboxPage.vue'), meta: { title: '诉求工单', icon: 'Tickets' } },
  { path: 'conversations', name: 'conversations', component: () => import('./pages/ConversationsPage.vue'), meta: { title: '群聊记录', icon: 'ChatDotRound' } },
  { path: 'notices', name: 'notices', component: () => import('./pages/NoticesPage.vue'), meta: { title: '通知推送', icon: 'Bell' } },
  { path: 'knowledge', name: 'knowledge', component: () => import('./pages/KnowledgePage.vue'), meta: { title: '政策知识库', icon: 'Reading' } },
  { path: 'residents', name: 'residents', component: () => import('./pages/ResidentsPage.vue'), meta: { title: '居民名册', icon: 'User' } },
  { path: 'dashboard', name: 'dashboard', component: () => import('./pages/DashboardPage.vue'), meta: { title: '数据看板', icon: 'DataAnalysis' } },
  { path: 'sandbox', name: 'sandbox', component: () => import('./pages/SandboxPage.vue'), meta: { title: '沙盒体验', icon: 'Cellphone', sandbox: true } },
]

const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: LoginPage, meta: { title: '登录', public: true } },
  { path: '/', component: ConsoleLayout, redirect: { name: 'inbox' }, children: consolePages },
  { path: '/:pathMatch(.*)*', redirect: { name: 'inbox' } },
]

export const router = createRouter({ history: createWebHistory(), routes })

router.beforeEach((to) => {
  if (!to.meta.public && !isSignedIn.value) return { name: 'login', query: to.fullPath !== '/' ? { redirect: to.fullPath } : {} }
  if (to.meta.adminOnly && !isAdmin.value) return { name: 'inbox' }
  return true
})

router.afterEach((to) => {
  document.title = to.meta.title ? `${String(to.meta.title)} · 邻里` : '邻里 · 社区工作台'
})
