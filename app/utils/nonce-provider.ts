import { createContext, useContext } from 'react'

// The per-request CSP nonce, rendered on every script tag on the server. In the browser it is ''
// (browsers hide a nonce attribute from the DOM after checking it, so hydration still matches).
const NonceContext = createContext<string>('')

export const NonceProvider = NonceContext.Provider
export const useNonce = () => useContext(NonceContext)
