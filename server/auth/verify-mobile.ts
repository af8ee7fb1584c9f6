/**
 * The one place where "is this person really the owner of this mobile?" is answered.
 * NOTE: this phase has no OTP (a product decision); sign-up and login call this so an OTP check
 * plugs in here later without touching the flows around it.
 */
export type MobileVerification = { verified: true } | { verified: false; message: string }

export async function verifyMobileOwnership(_mobileE164: string, _proof: { otp?: string } = {}): Promise<MobileVerification> {
  return { verified: true }
}
