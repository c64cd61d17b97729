import { LegalPage } from "@/components/public/legal-page-route";
import { regionLegalProps } from "@/lib/core/public-pages/legal-props";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };
export const getServerSideProps = regionLegalProps("IMPRINT");
export default LegalPage;
