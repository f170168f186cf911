<#-- Under the sign-in card: what these accounts are (the realm's demo note), when there is one. -->
<#macro content>
  <#if msg("portalDemoNote")?has_content && msg("portalDemoNote") != "portalDemoNote">
    <p id="portal-demo-note" class="portal-demo-note">${msg("portalDemoNote")}</p>
  </#if>
</#macro>
