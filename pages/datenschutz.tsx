import { LegalPage } from "@/components/public/legal-page-route";
import { platformLegalProps } from "@/lib/core/public-pages/legal-props";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = platformLegalProps("PRIVACY");
export default LegalPage;
