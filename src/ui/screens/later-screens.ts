/** The screens at the end of the flow, loaded when first shown (see App). */
export { EscalationScreen } from './EscalationScreen';
export { SuccessScreen } from './SuccessScreen';
