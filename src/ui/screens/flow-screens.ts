// What the popup shows besides its start screen, loaded after it (App.tsx).
export { KnownFacts } from '../components/KnownFacts';
export { NoticeBar } from '../components/NoticeBar';
export { OutageBanner } from '../components/OutageBanner';
export { QuestionScreen } from './QuestionScreen';
export { ResultsScreen } from './ResultsScreen';
