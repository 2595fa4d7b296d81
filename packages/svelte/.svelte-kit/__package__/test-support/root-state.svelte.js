/** The contract props as `$state`: a driver's `update` replaces `props`, as a parent re-rendering would. */
export function rootState(props) {
  const state = $state({ props });
  return state;
}
