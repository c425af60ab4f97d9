import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Params } from '../../i18n';
import { guideText, type GuideKey } from './texts';

export type GuideText = (key: GuideKey, params?: Params) => string;

export const GuideTextContext = createContext<GuideText>((key, params) =>
  guideText('en', key, params),
);

export const useGuideText = () => useContext(GuideTextContext);
