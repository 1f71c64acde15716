var Be=Object.defineProperty;var Ot=(e,t,n)=>t in e?Be(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n;var an=(e,t)=>{for(var n in t)Be(e,n,{get:t[n],enumerable:!0})};var te=(e,t,n)=>Ot(e,typeof t!="symbol"?t+"":t,n);var ve,v,tt,Dt,J,ze,nt,rt,xe,fe,ae,ot,Re,Te,Ce,$t,he={},ye=[],Ht=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,be=Array.isArray;function G(e,t){for(var n in t)e[n]=t[n];return e}function Me(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function Pe(e,t,n){var r,a,i,s={};for(i in t)i=="key"?r=t[i]:i=="ref"?a=t[i]:s[i]=t[i];if(arguments.length>2&&(s.children=arguments.length>3?ve.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(i in e.defaultProps)s[i]===void 0&&(s[i]=e.defaultProps[i]);return me(e,s,r,a,null)}function me(e,t,n,r,a){var i={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:a??++tt,__i:-1,__u:0};return a==null&&v.vnode!=null&&v.vnode(i),i}function K(e){return e.children}function ge(e,t){this.props=e,this.context=t}function Z(e,t){if(t==null)return e.__?Z(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?Z(e):null}function Lt(e){if(e.__P&&e.__d){var t=e.__v,n=t.__e,r=[],a=[],i=G({},t);i.__v=t.__v+1,v.vnode&&v.vnode(i),Ne(e.__P,i,t,e.__n,e.__P.namespaceURI,32&t.__u?[n]:null,r,n??Z(t),!!(32&t.__u),a),i.__v=t.__v,i.__.__k[i.__i]=i,lt(r,i,a),t.__e=t.__=null,i.__e!=n&&it(i)}}function it(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),it(e)}function Ze(e){(!e.__d&&(e.__d=!0)&&J.push(e)&&!_e.__r++||ze!=v.debounceRendering)&&((ze=v.debounceRendering)||nt)(_e)}function _e(){try{for(var e,t=1;J.length;)J.length>t&&J.sort(rt),e=J.shift(),t=J.length,Lt(e)}finally{J.length=_e.__r=0}}function at(e,t,n,r,a,i,s,l,p,c,d){var I,o,u,S,P,C,A=r&&r.__k||ye,m=t.length;for(p=jt(n,t,A,p,m),I=0;I<m;I++)(u=n.__k[I])!=null&&(o=u.__i!=-1&&A[u.__i]||he,u.__i=I,C=Ne(e,u,o,a,i,s,l,p,c,d),S=u.__e,u.ref&&o.ref!=u.ref&&(o.ref&&Oe(o.ref,null,u),d.push(u.ref,u.__c||S,u)),P==null&&S!=null&&(P=S),4&u.__u?(p=st(u,p,e),o.__e&&(o.__e=null)):typeof u.type=="function"&&C!==void 0?p=C:S&&(p=S.nextSibling),u.__u&=-7);return n.__e=P,p}function jt(e,t,n,r,a){var i,s,l,p,c,d=n.length,I=d,o=0;for(e.__k=new Array(a),i=0;i<a;i++)(s=t[i])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s=="string"||typeof s=="number"||typeof s=="bigint"||s.constructor==String?s=e.__k[i]=me(null,s,null,null,null):be(s)?s=e.__k[i]=me(K,{children:s},null,null,null):s.constructor===void 0&&s.__b>0?s=e.__k[i]=me(s.type,s.props,s.key,s.ref?s.ref:null,s.__v):e.__k[i]=s,p=i+o,s.__=e,s.__b=e.__b+1,l=null,(c=s.__i=Ut(s,n,p,I))!=-1&&(I--,(l=n[c])&&(l.__u|=2)),l==null||l.__v==null?(c==-1&&(a>d?o--:a<d&&o++),typeof s.type!="function"&&(s.__u|=4)):c!=p&&(c==p-1?o--:c==p+1?o++:(c>p?o--:o++,s.__u|=4))):e.__k[i]=null;if(I)for(i=0;i<d;i++)(l=n[i])!=null&&(2&l.__u)==0&&(l.__e==r&&(r=Z(l)),pt(l,l));return r}function st(e,t,n){var r,a;if(typeof e.type=="function"){for(r=e.__k,a=0;r&&a<r.length;a++)r[a]&&(r[a].__=e,t=st(r[a],t,n));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=Z(e)),t=n.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Ut(e,t,n,r){var a,i,s,l=e.key,p=e.type,c=t[n],d=c!=null&&(2&c.__u)==0;if(c===null&&l==null||d&&l==c.key&&p==c.type)return n;if(r>(d?1:0)){for(a=n-1,i=n+1;a>=0||i<t.length;)if((c=t[s=a>=0?a--:i++])!=null&&(2&c.__u)==0&&l==c.key&&p==c.type)return s}return-1}function Xe(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Ht.test(t)?n:n+"px"}function de(e,t,n,r,a){var i,s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||Xe(e.style,t,"");if(n)for(t in n)r&&n[t]==r[t]||Xe(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")i=t!=(t=t.replace(ot,"$1")),s=t.toLowerCase(),t=s in e||t=="onFocusOut"||t=="onFocusIn"?s.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+i]=n,n?r?n[ae]=r[ae]:(n[ae]=Re,e.addEventListener(t,i?Ce:Te,i)):e.removeEventListener(t,i?Ce:Te,i);else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function et(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t[fe]==null)t[fe]=Re++;else if(t[fe]<n[ae])return;return n(v.event?v.event(t):t)}}}function Ne(e,t,n,r,a,i,s,l,p,c){var d,I,o,u,S,P,C,A,m,b,q,O,L,oe,Y,Q,j=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(p=!!(32&n.__u),i=[l=t.__e=n.__e]),(d=v.__b)&&d(t);e:if(typeof j=="function"){I=s.length;try{if(m=t.props,b=j.prototype&&j.prototype.render,q=(d=j.contextType)&&r[d.__c],O=d?q?q.props.value:d.__:r,n.__c?A=(o=t.__c=n.__c).__=o.__E:(b?t.__c=o=new j(m,O):(t.__c=o=new ge(m,O),o.constructor=j,o.render=Kt),q&&q.sub(o),o.state||(o.state={}),o.__n=r,u=o.__d=!0,o.__h=[],o._sb=[]),b&&o.__s==null&&(o.__s=o.state),b&&j.getDerivedStateFromProps!=null&&(o.__s==o.state&&(o.__s=G({},o.__s)),G(o.__s,j.getDerivedStateFromProps(m,o.__s))),S=o.props,P=o.state,o.__v=t,u)b&&j.getDerivedStateFromProps==null&&o.componentWillMount!=null&&o.componentWillMount(),b&&o.componentDidMount!=null&&o.__h.push(o.componentDidMount);else{if(b&&j.getDerivedStateFromProps==null&&m!==S&&o.componentWillReceiveProps!=null&&o.componentWillReceiveProps(m,O),t.__v==n.__v||!o.__e&&o.shouldComponentUpdate!=null&&o.shouldComponentUpdate(m,o.__s,O)===!1){t.__v!=n.__v&&(o.props=m,o.state=o.__s,o.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(V){V&&(V.__=t)}),ye.push.apply(o.__h,o._sb),o._sb=[],o.__h.length&&s.push(o),l=Z(n);break e}o.componentWillUpdate!=null&&o.componentWillUpdate(m,o.__s,O),b&&o.componentDidUpdate!=null&&o.__h.push(function(){o.componentDidUpdate(S,P,C)})}if(o.context=O,o.props=m,o.__P=e,o.__e=!1,L=v.__r,oe=0,b)o.state=o.__s,o.__d=!1,L&&L(t),d=o.render(o.props,o.state,o.context),ye.push.apply(o.__h,o._sb),o._sb=[];else do o.__d=!1,L&&L(t),d=o.render(o.props,o.state,o.context),o.state=o.__s;while(o.__d&&++oe<25);o.state=o.__s,o.getChildContext!=null&&(r=G(G({},r),o.getChildContext())),b&&!u&&o.getSnapshotBeforeUpdate!=null&&(C=o.getSnapshotBeforeUpdate(S,P)),Y=d!=null&&d.type===K&&d.key==null?ut(d.props.children):d,l=at(e,be(Y)?Y:[Y],t,n,r,a,i,s,l,p,c),o.base=t.__e,t.__u&=-161,o.__h.length&&s.push(o),A&&(o.__E=o.__=null)}catch(V){if(s.length=I,t.__v=null,p||i!=null){if(V.then){for(t.__u|=p?160:128;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;i!=null&&(i[i.indexOf(l)]=null),t.__e=l}else if(i!=null)for(Q=i.length;Q--;)Me(i[Q])}else t.__e=n.__e;t.__k==null&&(t.__k=n.__k||[]),V.then||ct(t),v.__e(V,t,n)}}else i==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):l=t.__e=Ft(n.__e,t,n,r,a,i,s,p,c);return(d=v.diffed)&&d(t),128&t.__u?void 0:l}function ct(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(ct))}function lt(e,t,n){for(var r=0;r<n.length;r++)Oe(n[r],n[++r],n[++r]);v.__c&&v.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(i){i.call(a)})}catch(i){v.__e(i,a.__v)}})}function ut(e){return typeof e!="object"||e==null||e.__b>0?e:be(e)?e.map(ut):e.constructor!==void 0?null:G({},e)}function Ft(e,t,n,r,a,i,s,l,p){var c,d,I,o,u,S,P,C=n.props||he,A=t.props,m=t.type;if(m=="svg"?a="http://www.w3.org/2000/svg":m=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),i!=null){for(c=0;c<i.length;c++)if((u=i[c])&&"setAttribute"in u==!!m&&(m?u.localName==m:u.nodeType==3)){e=u,i[c]=null;break}}if(e==null){if(m==null)return document.createTextNode(A);e=document.createElementNS(a,m,A.is&&A),l&&(v.__m&&v.__m(t,i),l=!1),i=null}if(m==null)C===A||l&&e.data==A||(e.data=A);else{if(i=m=="textarea"&&A.defaultValue!=null?null:i&&ve.call(e.childNodes),!l&&i!=null)for(C={},c=0;c<e.attributes.length;c++)C[(u=e.attributes[c]).name]=u.value;for(c in C)u=C[c],c=="dangerouslySetInnerHTML"?I=u:c=="children"||c in A||c=="value"&&"defaultValue"in A||c=="checked"&&"defaultChecked"in A||de(e,c,null,u,a);for(c in A)u=A[c],c=="children"?o=u:c=="dangerouslySetInnerHTML"?d=u:c=="value"?S=u:c=="checked"?P=u:l&&typeof u!="function"||C[c]===u||de(e,c,u,C[c],a);if(d)l||I&&(d.__html==I.__html||d.__html==e.innerHTML)||(e.innerHTML=d.__html),t.__k=[];else if(I&&(e.innerHTML=""),at(t.type=="template"?e.content:e,be(o)?o:[o],t,n,r,m=="foreignObject"?"http://www.w3.org/1999/xhtml":a,i,s,i?i[0]:n.__k&&Z(n,0),l,p),i!=null)for(c=i.length;c--;)Me(i[c]);l&&m!="textarea"||(c="value",m=="progress"&&S==null?e.removeAttribute("value"):S!=null&&(S!==e[c]||m=="progress"&&!S||m=="option"&&S!=C[c])&&de(e,c,S,C[c],a),c="checked",P!=null&&P!=e[c]&&de(e,c,P,C[c],a))}return e}function Oe(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(a){v.__e(a,n)}}function pt(e,t,n){var r,a;if(v.unmount&&v.unmount(e),(r=e.ref)&&(r.current&&r.current!=e.__e||Oe(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(i){v.__e(i,t)}r.base=r.__P=r.__n=null}if(r=e.__k)for(a=0;a<r.length;a++)r[a]&&pt(r[a],t,n||typeof e.type!="function");n||Me(e.__e),e.__c=e.__=e.__e=void 0}function Kt(e,t,n){return this.constructor(e,n)}function cn(e,t,n){var r,a,i,s;t==document&&(t=document.documentElement),v.__&&v.__(e,t),a=(r=typeof n=="function")?null:n&&n.__k||t.__k,i=[],s=[],Ne(t,e=(!r&&n||t).__k=Pe(K,null,[e]),a||he,he,t.namespaceURI,!r&&n?[n]:a?null:t.firstChild?ve.call(t.childNodes):null,i,!r&&n?n:a?a.__e:t.firstChild,r,s),lt(i,e,s),e.props.children=null}ve=ye.slice,v={__e:function(e,t,n,r){for(var a,i,s;t=t.__;)if((a=t.__c)&&!a.__)try{if((i=a.constructor)&&i.getDerivedStateFromError!=null&&(a.setState(i.getDerivedStateFromError(e)),s=a.__d),a.componentDidCatch!=null&&(a.componentDidCatch(e,r||{}),s=a.__d),s)return a.__E=a}catch(l){e=l}throw e}},tt=0,Dt=function(e){return e!=null&&e.constructor===void 0},ge.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=G({},this.state),typeof e=="function"&&(e=e(G({},n),this.props)),e&&G(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),Ze(this))},ge.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),Ze(this))},ge.prototype.render=K,J=[],nt=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,rt=function(e,t){return e.__v.__b-t.__v.__b},_e.__r=0,xe=Math.random().toString(8),fe="__d"+xe,ae="__a"+xe,ot=/(PointerCapture)$|Capture$/i,Re=0,Te=et(!1),Ce=et(!0),$t=0;var se,x,De,dt,we=0,bt=[],T=v,ft=T.__b,mt=T.__r,gt=T.diffed,ht=T.__c,yt=T.unmount,_t=T.__;function He(e,t){T.__h&&T.__h(x,e,we||t),we=0;var n=x.__H||(x.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function Ee(e){return we=1,Yt(wt,e)}function Yt(e,t,n){var r=He(se++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):wt(void 0,t),function(l){var p=r.__N?r.__N[0]:r.__[0],c=r.t(p,l);p!==c&&(r.__N=[c,r.__[1]],r.__c.setState({}))}],r.__c=x,!x.__f)){var a=function(l,p,c){if(!r.__c.__H)return!0;var d=!1,I=r.__c.props!==l;if(r.__c.__H.__.some(function(u){if(u.__N){d=!0;var S=u.__[0];u.__=u.__N,u.__N=void 0,S!==u.__[0]&&(I=!0)}}),i){var o=i.call(this,l,p,c);return d?o||I:o}return!d||I};x.__f=!0;var i=x.shouldComponentUpdate,s=x.componentWillUpdate;x.componentWillUpdate=function(l,p,c){if(this.__e){var d=i;i=void 0,a(l,p,c),i=d}s&&s.call(this,l,p,c)},x.shouldComponentUpdate=a}return r.__N||r.__}function W(e,t){var n=He(se++,3);!T.__s&&At(n.__H,t)&&(n.__=e,n.u=t,x.__H.__h.push(n))}function ce(e){return we=5,Wt(function(){return{current:e}},[])}function Wt(e,t){var n=He(se++,7);return At(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function Vt(){for(var e;e=bt.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Ae),t.__h.some($e),t.__h=[]}catch(n){t.__h=[],T.__e(n,e.__v)}}}T.__b=function(e){x=null,ft&&ft(e)},T.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),_t&&_t(e,t)},T.__r=function(e){mt&&mt(e),se=0;var t=(x=e.__c).__H;t&&(De===x?(t.__h=[],x.__h=[],t.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})):(t.__h.some(Ae),t.__h.some($e),t.__h=[],se=0)),De=x},T.diffed=function(e){gt&&gt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(bt.push(t)!==1&&dt===T.requestAnimationFrame||((dt=T.requestAnimationFrame)||Gt)(Vt)),t.__H.__.some(function(n){n.u&&(n.__H=n.u,n.u=void 0)})),De=x=null},T.__c=function(e,t){t.some(function(n){try{n.__h.some(Ae),n.__h=n.__h.filter(function(r){return!r.__||$e(r)})}catch(r){t.some(function(a){a.__h&&(a.__h=[])}),t=[],T.__e(r,n.__v)}}),ht&&ht(e,t)},T.unmount=function(e){yt&&yt(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.some(function(r){try{Ae(r)}catch(a){t=a}}),n.__H=void 0,t&&T.__e(t,n.__v))};var vt=typeof requestAnimationFrame=="function";function Gt(e){var t,n=function(){clearTimeout(r),vt&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);vt&&(t=requestAnimationFrame(n))}function Ae(e){var t=x,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),x=t}function $e(e){var t=x;e.__c=e.__(),x=t}function At(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function wt(e,t){return typeof t=="function"?t(e):t}var Et={"app.name":"Telework Month console","app.skipToMain":"Skip to main content","app.mainNav":"Main menu","app.loading":"Loading…","app.signedInAs":"Signed in as","app.titleError":"Error: ","lang.switchTo":"日本語","nav.account":"Account","signIn.title":"Sign in","signIn.intro":"The console for the staff of the ministries and the secretariat.","signIn.email":"Email","signIn.password":"Password","signIn.submit":"Sign in","signIn.submitting":"Signing in…","signIn.expired":"Your session has expired, so you have been signed out. Sign in again to go back to the page you were on.","signIn.required":"Sign in to continue. You will then be taken to the page you asked for.","signIn.signedOut":"You have signed out.","signOut.submit":"Sign out","errors.summaryTitle":"There is a problem","errors.prefix":"Error:","errors.emailRequired":"Enter your email address","errors.passwordRequired":"Enter your password","errors.wrongLogin":"The email address or the password is not right","errors.rateLimited":"Too many failed sign-ins. Wait about {minutes} minutes, then try again","errors.rateLimitedNoTime":"Too many failed sign-ins. Wait a while, then try again","errors.currentPasswordRequired":"Enter your current password","errors.currentPasswordWrong":"Your current password is not right","errors.newPasswordRequired":"Enter a new password","errors.newPasswordLength":"The new password must be 12 to 256 characters","errors.newPasswordSame":"The new password must differ from the current one","errors.forbidden":"You are not allowed to do this","errors.notFound":"What you are looking for was not found","errors.network":"The server could not be reached. Check the network, then try again","errors.internal":"Something went wrong on the server. Try again later","errors.badInput":"Check what you entered","account.title":"Account","account.who":"Signed-in account","account.name":"Name","account.email":"Email","account.roles":"Roles","account.rolesCaption":"Roles by ministry","account.ministry":"Ministry","account.role":"Role","account.allMinistries":"All ministries","account.noRoles":"You have no role yet. Ask an administrator of your ministry.","account.changePassword":"Change your password","account.changePasswordHint":"Changing it signs you out everywhere but in this browser.","account.currentPassword":"Current password","account.newPassword":"New password","account.newPasswordHint":"12 to 256 characters","account.submit":"Change password","account.changed":"Your password has been changed.","account.changedEndedOthers":"Your password has been changed, and {count} other sign-ins (other devices or browsers) have been ended.","role.SECRETARIAT":"Secretariat","role.MINISTRY_ADMIN":"Administrator","role.MINISTRY_EDITOR":"Editor","role.MINISTRY_VIEWER":"Viewer","notFound.title":"Page not found","notFound.body":"This page does not exist, or you may not see it. Check the address.","notFound.home":"Go to the start of the console","nav.events":"Events","errors.conflict":"This clashed with another change, so nothing was done. Reload the page, then try again","status.DRAFT":"Draft","status.PUBLISHED":"Published","status.CLOSED":"Closed","status.CANCELLED":"Cancelled","kind.SYMPOSIUM":"Symposium","kind.SEMINAR":"Seminar","kind.AWARD_CEREMONY":"Award ceremony","kind.WORKSHOP":"Workshop","kind.OTHER":"Other","time.tentative":" (provisional)","events.title":"Events","events.create":"Create an event","events.filters":"Filters","events.fiscalYear":"Fiscal year","events.fiscalYearOption":"FY{year} ({era})","events.ministry":"Ministry","events.allMinistries":"All ministries","events.ministryFixed":"The events that {ministry} hosts or co-hosts.","events.status":"Status","events.anyStatus":"Any","events.startsFrom":"Starts on or after","events.startsTo":"Starts on or before","events.search":"Words in the title or description","events.apply":"Apply filters","events.clear":"Clear filters","events.results":"Results","events.caption":"Events of FY{year}","events.count":"{from} to {to} of {total}","events.none":"No event matches these filters.","events.noCampaign":"There is no campaign for FY{year} yet.","events.colTitle":"Event","events.colHost":"Host","events.colDates":"Date and time","events.colStatus":"Status","events.colCapacity":"Seats","events.colSeatsTaken":"Seats taken","events.colWaitlist":"Waitlist","events.coHost":"Co-host","events.noLimit":"No limit","events.online":"Online only","events.pages":"Pages","events.prev":"Previous page","events.next":"Next page","events.scrollHint":"The table scrolls sideways","newEvent.title":"Create an event","newEvent.intro":"The event is created as a draft: the public does not see it until it is published.","newEvent.submit":"Create as a draft","newEvent.submitting":"Creating…","newEvent.created":"The draft has been created. Check it, then publish it.","newEvent.notAllowed":"You may not create events.","form.optional":"optional","form.choose":"Choose","form.basics":"About the event","form.host":"Host ministry","form.fiscalYear":"Fiscal year","form.kind":"Kind","form.titleJa":"Title (Japanese)","form.titleEn":"Title (English)","form.descriptionJa":"Description (Japanese)","form.descriptionEn":"Description (English)","form.schedule":"Date and time","form.timeHint":"In Japan time.","form.startsAt":"Starts","form.endsAt":"Ends","form.tentative":"The times are provisional (shown as “provisional”)","form.program":"Programme","form.programHint":"The parts of the programme (part 1, part 2 …), each with its title and times. Optional.","form.part":"Part {n}","form.partTitleJa":"Title (Japanese)","form.partTitleEn":"Title (English)","form.partStartsAt":"Starts","form.partEndsAt":"Ends","form.addPart":"Add a part","form.moveUp":"Up","form.moveDown":"Down","form.removePart":"Remove","form.partOf":" (part {n})","form.partAdded":"Added part {n}","form.partMoved":"Moved the part to position {n}","form.partRemoved":"Removed part {n}","form.place":"Venue and streaming","form.venue":"Venue","form.venueYes":"At a venue","form.venueNo":"Online only (no venue)","form.venueNameJa":"Venue name (Japanese)","form.venueNameEn":"Venue name (English)","form.venueAddressJa":"Address (Japanese)","form.venueAddressEn":"Address (English)","form.prefecture":"Prefecture","form.onlineStreaming":"Streamed online","form.streamingUrl":"Streaming link","form.streamingUrlHint":"Shown only to confirmed applicants and staff.","form.seats":"Seats and applications","form.capacity":"Seats at the venue","form.capacityLimited":"Limited","form.capacityUnlimited":"No limit","form.capacityNumber":"Number of seats","form.capacityHint":"Online attendees take no seat.","form.deadline":"Applications close","form.deadlineSet":"At a set time","form.untilFull":"When the event is full","form.deadlineAt":"Closing time","form.feeYen":"Fee (yen)","form.feeHint":"0 when free","form.coHosts":"Co-hosting ministries","form.coHostsHint":"The staff of co-hosts read the event and its applications; only the host edits it.","form.yes":"Yes","form.no":"No","form.free":"Free","form.yen":"¥{fee}","form.people":"{n}","form.error.startsAtMissing":"Enter when the event starts, with the date and the time","form.error.endsAtMissing":"Enter when the event ends, with the date and the time","form.error.deadlineMissing":"Enter when applications close, with the date and the time","form.error.capacityNumber":"Enter the number of seats as a whole number","form.error.feeNumber":"Enter the fee in yen as a whole number (0 when free)","form.error.partTimesMissing":"Enter when part {n} starts and ends, with the dates and the times","form.error.titleJa":"Enter the title in Japanese, at most 200 characters","form.error.titleEn":"The English title must be at most 200 characters","form.error.descriptionJa":"The Japanese description must be at most 5,000 characters, and is needed when there is an English one","form.error.descriptionEn":"The English description must be at most 5,000 characters","form.error.startsAt":"Check the start time","form.error.endsAt":"The event must end after it starts","form.error.applicationDeadline":"Applications must close no later than the start","form.error.capacity":"Seats must be 1 to 100,000, and not fewer than the {taken} taken","form.error.feeYen":"The fee must be 0 to 1,000,000 yen","form.error.kind":"Choose the kind of event","form.error.streamingUrl":"Enter the streaming link as an address that starts with https://","form.error.venueNameJa":"Enter the venue's name in Japanese, at most 200 characters","form.error.venueNameEn":"The venue's English name must be at most 200 characters","form.error.venueAddressJa":"The Japanese address must be at most 500 characters, and is needed when there is an English one","form.error.venueAddressEn":"The English address must be at most 500 characters","form.error.venuePrefecture":"Choose the prefecture","form.error.coHostMinistryCodes":"Check the co-hosts (the host cannot be one)","form.error.hostMinistryCode":"Choose the host ministry","form.error.fiscalYear":"There is no campaign for this fiscal year","form.error.programParts":"A programme has at most 20 parts","form.error.partTitleJa":"Enter the Japanese title of part {n}, at most 200 characters","form.error.partTitleEn":"The English title of part {n} must be at most 200 characters","form.error.partStartsAt":"Part {n} must not start before the event starts","form.error.partEndsAt":"Part {n} must end after it starts, and not after the event ends","list.separator":", ","event.status":"Status","event.host":"Host","event.coHosts":"Co-hosts","event.none":"None","event.applications":"Applications","event.openApplications":"Open the applications","event.openDoor":"Open the door view","event.seatsTaken":"Seats taken","event.seatsOf":"{taken} of {capacity}","event.seatsNoLimit":"{taken} (no limit)","event.waitlist":"Waitlist","event.readOnly":"You can read this event. Only the host ministry's administrators and editors edit it.","event.locked":"This event is {status}: it can no longer be edited.","event.actions":"Actions","event.publish":"Publish this event","event.cancel":"Cancel this event","event.details":"Details","event.save":"Save changes","event.saving":"Saving…","event.saved":"Your changes have been saved.","event.published":"The event is published and open for applications.","event.cancelled":"The event has been cancelled.","event.backToList":"Back to the events","event.fiscalYear":"Fiscal year","conflict.title":"Someone else has changed this event","conflict.body":"The event changed after you opened it (version {from} → {to}). Your changes have not been saved.","conflict.caption":"What changed","conflict.field":"Field","conflict.before":"When you opened it","conflict.now":"Now","conflict.same":"No field differs.","conflict.keepHint":"If you keep editing, the fields you did not change take the latest values and the ones you changed keep yours; saving again writes over the latest version.","conflict.reload":"Load the latest version (discard your changes)","conflict.keep":"Keep editing","conflict.locked":"The event is now {status}: it can no longer be edited.","confirm.back":"Go back","publish.title":"Publish the event","publish.what":"When you publish it:","publish.public":"Anyone can see the event (the public list and partner portals).","publish.openDeadline":"Applications open. They close on {deadline}.","publish.openUntilFull":"Applications open, and close when the event is full.","publish.openAlways":"Applications open. With no deadline and no limit on seats, they stay open.","publish.after":"You can still edit the event once it is published. Publishing cannot be undone: to call the event off, cancel it.","publish.submit":"Publish","publish.notDraft":"This event is {status}: it cannot be published.","cancel.title":"Cancel the event","cancel.applied":"Applications: {confirmed} confirmed, {waitlisted} on the waitlist","cancel.what":"When you cancel it:","cancel.public":"The event shows as cancelled in the public list.","cancel.publicDraft":"The event stops being a draft: it appears in the public list, marked cancelled.","cancel.noMore":"No new applications are accepted.","cancel.keep":"Applications are not cancelled: the {confirmed} confirmed and {waitlisted} on the waitlist stay as they are.","cancel.noMessage":"This system sends the applicants no message: tell them yourself that the event is cancelled.","cancel.final":"Cancelling cannot be undone: a cancelled event can be neither edited nor published.","cancel.submit":"Cancel the event","cancel.notAllowedNow":"This event is {status}: it cannot be cancelled.","prefecture.HOKKAIDO":"Hokkaido","prefecture.AOMORI":"Aomori","prefecture.IWATE":"Iwate","prefecture.MIYAGI":"Miyagi","prefecture.AKITA":"Akita","prefecture.YAMAGATA":"Yamagata","prefecture.FUKUSHIMA":"Fukushima","prefecture.IBARAKI":"Ibaraki","prefecture.TOCHIGI":"Tochigi","prefecture.GUNMA":"Gunma","prefecture.SAITAMA":"Saitama","prefecture.CHIBA":"Chiba","prefecture.TOKYO":"Tokyo","prefecture.KANAGAWA":"Kanagawa","prefecture.NIIGATA":"Niigata","prefecture.TOYAMA":"Toyama","prefecture.ISHIKAWA":"Ishikawa","prefecture.FUKUI":"Fukui","prefecture.YAMANASHI":"Yamanashi","prefecture.NAGANO":"Nagano","prefecture.GIFU":"Gifu","prefecture.SHIZUOKA":"Shizuoka","prefecture.AICHI":"Aichi","prefecture.MIE":"Mie","prefecture.SHIGA":"Shiga","prefecture.KYOTO":"Kyoto","prefecture.OSAKA":"Osaka","prefecture.HYOGO":"Hyogo","prefecture.NARA":"Nara","prefecture.WAKAYAMA":"Wakayama","prefecture.TOTTORI":"Tottori","prefecture.SHIMANE":"Shimane","prefecture.OKAYAMA":"Okayama","prefecture.HIROSHIMA":"Hiroshima","prefecture.YAMAGUCHI":"Yamaguchi","prefecture.TOKUSHIMA":"Tokushima","prefecture.KAGAWA":"Kagawa","prefecture.EHIME":"Ehime","prefecture.KOCHI":"Kochi","prefecture.FUKUOKA":"Fukuoka","prefecture.SAGA":"Saga","prefecture.NAGASAKI":"Nagasaki","prefecture.KUMAMOTO":"Kumamoto","prefecture.OITA":"Oita","prefecture.MIYAZAKI":"Miyazaki","prefecture.KAGOSHIMA":"Kagoshima","prefecture.OKINAWA":"Okinawa","applications.title":"Applications: {title}","applications.seats":"Seats","applications.capacity":"Capacity","applications.unlimited":"Not limited","applications.seatsLeft":"Seats left","applications.waitlist":"Waitlist","applications.checkedIn":"Checked in","applications.people":"{count}","applications.live":"The seats update by themselves.","applications.filter":"Filter","applications.status":"Status","applications.statusAll":"All","applications.search":"Search","applications.searchHint":"Name, email, organization, or reference (e.g. K7Q-4M2). A role that may not see personal data searches by reference only.","applications.searchReferenceOnly":"Your role searches by reference only (e.g. K7Q-4M2)","applications.submit":"Filter","applications.list":"Applications","applications.caption":"Applications ({count} in all)","applications.total":"{count} in all","applications.none":"No application matches.","applications.tableRegion":"Table of applications (scrolls sideways)","applications.reference":"Reference","applications.attendance":"Attendance","applications.appliedAt":"Applied at","applications.checkedInAt":"Checked in at","applications.name":"Name","applications.email":"Email","applications.organization":"Organization","applications.noPersonal":"Your role does not show names, email addresses or organizations.","applications.waitlistPosition":"Waitlist, number {position}","applications.pages":"Pages","applications.previous":"Previous page","applications.next":"Next page","applications.csv":"Download CSV","applications.csvHint":"Every application with the current status filter.","applications.door":"Open the door view (check-in)","status.CONFIRMED":"Confirmed","status.WAITLISTED":"Waitlisted","attendance.IN_PERSON":"In person","attendance.ONLINE":"Online","door.title":"Door: {title}","door.count":"Checked in / confirmed in person","door.countOf":"{checked} / {confirmed}","door.search":"Search by name, email or reference","door.searchHint":"Type, then press Enter.","door.searchSubmit":"Search","door.results":"Results","door.found":"{count} found.","door.none":"Nothing found. Check the spelling or the reference.","door.checkIn":"Check in","door.undo":"Undo","door.checkedInAt":"Checked in {time}","door.online":"Online: no check-in","door.notConfirmed":"{status}: cannot be checked in","door.done":"{who} checked in ({time}).","door.already":"{who} was already checked in at {time}: counted once.","door.undone":"Check-in of {who} undone.","door.conflict":"This application cannot be checked in (only confirmed, in-person attendees can)","door.applications":"Back to the applications","nav.staff":"Staff and roles","signIn.forgot":"Forgotten your password?"};var It={"app.name":"テレワーク月間 管理コンソール","app.skipToMain":"本文へ移動","app.mainNav":"メインメニュー","app.loading":"読み込み中…","app.signedInAs":"ログイン中:","app.titleError":"エラー: ","lang.switchTo":"English","nav.account":"アカウント","signIn.title":"ログイン","signIn.intro":"府省庁・事務局の職員用の管理画面です。","signIn.email":"メールアドレス","signIn.password":"パスワード","signIn.submit":"ログイン","signIn.submitting":"ログインしています…","signIn.expired":"セッションの有効期限が切れたため、ログアウトしました。もう一度ログインすると、元のページに戻ります。","signIn.required":"ログインしてください。ログインすると、開こうとしたページに移動します。","signIn.signedOut":"ログアウトしました。","signOut.submit":"ログアウト","errors.summaryTitle":"入力内容に問題があります","errors.prefix":"エラー:","errors.emailRequired":"メールアドレスを入力してください","errors.passwordRequired":"パスワードを入力してください","errors.wrongLogin":"メールアドレスまたはパスワードが正しくありません","errors.rateLimited":"ログインの失敗が続いたため、しばらくログインできません。{minutes}分ほど待ってから、もう一度お試しください","errors.rateLimitedNoTime":"ログインの失敗が続いたため、しばらくログインできません。時間をおいて、もう一度お試しください","errors.currentPasswordRequired":"現在のパスワードを入力してください","errors.currentPasswordWrong":"現在のパスワードが正しくありません","errors.newPasswordRequired":"新しいパスワードを入力してください","errors.newPasswordLength":"新しいパスワードは12文字以上、256文字以下で入力してください","errors.newPasswordSame":"新しいパスワードは現在のパスワードと違うものにしてください","errors.forbidden":"この操作を行う権限がありません","errors.notFound":"お探しのものは見つかりませんでした","errors.network":"サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください","errors.internal":"サーバーで問題が起きました。時間をおいて、もう一度お試しください","errors.badInput":"入力内容を確認してください","account.title":"アカウント","account.who":"ログイン中のアカウント","account.name":"氏名","account.email":"メールアドレス","account.roles":"権限","account.rolesCaption":"府省庁ごとの権限","account.ministry":"府省庁","account.role":"役割","account.allMinistries":"すべての府省庁","account.noRoles":"権限はまだ付与されていません。所属府省庁の管理者に依頼してください。","account.changePassword":"パスワードの変更","account.changePasswordHint":"変更すると、このブラウザー以外でのログインはすべて終了します。","account.currentPassword":"現在のパスワード","account.newPassword":"新しいパスワード","account.newPasswordHint":"12文字以上、256文字以下","account.submit":"パスワードを変更する","account.changed":"パスワードを変更しました。","account.changedEndedOthers":"パスワードを変更しました。ほかの端末やブラウザーでのログイン{count}件を終了しました。","role.SECRETARIAT":"事務局","role.MINISTRY_ADMIN":"管理者","role.MINISTRY_EDITOR":"編集者","role.MINISTRY_VIEWER":"閲覧者","notFound.title":"ページが見つかりません","notFound.body":"このページは存在しないか、表示する権限がありません。アドレスを確かめてください。","notFound.home":"管理コンソールのトップへ","nav.events":"イベント","errors.conflict":"ほかの操作と重なったため、実行できませんでした。画面を読み込み直して、もう一度お試しください","status.DRAFT":"下書き","status.PUBLISHED":"公開中","status.CLOSED":"受付終了","status.CANCELLED":"中止","kind.SYMPOSIUM":"シンポジウム","kind.SEMINAR":"セミナー","kind.AWARD_CEREMONY":"表彰式","kind.WORKSHOP":"ワークショップ","kind.OTHER":"その他","time.tentative":"(予定)","events.title":"イベント","events.create":"イベントを作成する","events.filters":"絞り込み","events.fiscalYear":"年度","events.fiscalYearOption":"{era}({year}年度)","events.ministry":"府省庁","events.allMinistries":"すべての府省庁","events.ministryFixed":"{ministry}が主催・共催するイベントです。","events.status":"状況","events.anyStatus":"すべて","events.startsFrom":"開始日(から)","events.startsTo":"開始日(まで)","events.search":"タイトル・説明に含む語句","events.apply":"絞り込む","events.clear":"条件をクリア","events.results":"検索結果","events.caption":"{era}のイベント","events.count":"{total}件中 {from}〜{to}件目","events.none":"条件に合うイベントはありません。","events.noCampaign":"{year}年度のキャンペーンはまだありません。","events.colTitle":"イベント名","events.colHost":"主催","events.colDates":"開催日時","events.colStatus":"状況","events.colCapacity":"定員","events.colSeatsTaken":"申込済みの席","events.colWaitlist":"キャンセル待ち","events.coHost":"共催","events.noLimit":"制限なし","events.online":"オンラインのみ","events.pages":"ページ送り","events.prev":"前のページ","events.next":"次のページ","events.scrollHint":"表は横にスクロールできます","newEvent.title":"イベントを作成","newEvent.intro":"下書きとして作成します。公開するまで、一般には表示されません。","newEvent.submit":"下書きとして作成する","newEvent.submitting":"作成しています…","newEvent.created":"下書きを作成しました。内容を確かめてから公開してください。","newEvent.notAllowed":"イベントを作成する権限がありません。","form.optional":"任意","form.choose":"選んでください","form.basics":"基本情報","form.host":"主催の府省庁","form.fiscalYear":"年度","form.kind":"種類","form.titleJa":"タイトル(日本語)","form.titleEn":"タイトル(英語)","form.descriptionJa":"説明(日本語)","form.descriptionEn":"説明(英語)","form.schedule":"日時","form.timeHint":"日本時間で入力してください。","form.startsAt":"開始日時","form.endsAt":"終了日時","form.tentative":"日時は予定(「(予定)」と表示します)","form.program":"プログラム","form.programHint":"第一部、第二部…のように、部ごとのタイトルと時間を入力します。なくてもかまいません。","form.part":"プログラム {n}","form.partTitleJa":"タイトル(日本語)","form.partTitleEn":"タイトル(英語)","form.partStartsAt":"開始日時","form.partEndsAt":"終了日時","form.addPart":"プログラムを追加する","form.moveUp":"上へ","form.moveDown":"下へ","form.removePart":"削除","form.partOf":"(プログラム {n})","form.partAdded":"プログラム {n} を追加しました","form.partMoved":"プログラムを {n} 番目に移動しました","form.partRemoved":"プログラム {n} を削除しました","form.place":"会場と配信","form.venue":"会場","form.venueYes":"会場で開催する","form.venueNo":"オンラインのみ(会場なし)","form.venueNameJa":"会場名(日本語)","form.venueNameEn":"会場名(英語)","form.venueAddressJa":"住所(日本語)","form.venueAddressEn":"住所(英語)","form.prefecture":"都道府県","form.onlineStreaming":"オンラインで配信する","form.streamingUrl":"配信URL","form.streamingUrlHint":"確定した申込者と職員だけに表示されます。","form.seats":"定員と申込み","form.capacity":"会場の定員","form.capacityLimited":"定員を設ける","form.capacityUnlimited":"制限なし","form.capacityNumber":"定員(人)","form.capacityHint":"オンラインの参加者は定員に数えません。","form.deadline":"申込締切","form.deadlineSet":"日時を決める","form.untilFull":"定員になり次第","form.deadlineAt":"締切日時","form.feeYen":"参加費(円)","form.feeHint":"無料のときは 0","form.coHosts":"共催の府省庁","form.coHostsHint":"共催の府省庁の職員は、このイベントと申込みを閲覧できます。編集できるのは主催の府省庁だけです。","form.yes":"あり","form.no":"なし","form.free":"無料","form.yen":"{fee}円","form.people":"{n}人","form.error.startsAtMissing":"開始日時を、日付と時刻まで入力してください","form.error.endsAtMissing":"終了日時を、日付と時刻まで入力してください","form.error.deadlineMissing":"締切日時を、日付と時刻まで入力してください","form.error.capacityNumber":"定員は半角数字で入力してください","form.error.feeNumber":"参加費は半角数字で入力してください(無料は 0)","form.error.partTimesMissing":"プログラム {n} の開始日時と終了日時を、日付と時刻まで入力してください","form.error.titleJa":"タイトル(日本語)を200文字以内で入力してください","form.error.titleEn":"タイトル(英語)は200文字以内で入力してください","form.error.descriptionJa":"説明(日本語)は5,000文字以内で入力してください。英語の説明があるときは、日本語の説明も必要です","form.error.descriptionEn":"説明(英語)は5,000文字以内で入力してください","form.error.startsAt":"開始日時を確認してください","form.error.endsAt":"終了日時は開始日時より後にしてください","form.error.applicationDeadline":"申込締切は開始日時より前にしてください","form.error.capacity":"定員は1〜100,000人で、申込済みの席数({taken})以上にしてください","form.error.feeYen":"参加費は0〜1,000,000円で入力してください","form.error.kind":"種類を選んでください","form.error.streamingUrl":"配信URLは https:// で始まるアドレスを入力してください","form.error.venueNameJa":"会場名(日本語)を200文字以内で入力してください","form.error.venueNameEn":"会場名(英語)は200文字以内で入力してください","form.error.venueAddressJa":"住所(日本語)は500文字以内で入力してください。英語の住所があるときは、日本語の住所も必要です","form.error.venueAddressEn":"住所(英語)は500文字以内で入力してください","form.error.venuePrefecture":"都道府県を選んでください","form.error.coHostMinistryCodes":"共催の府省庁を確認してください(主催の府省庁は選べません)","form.error.hostMinistryCode":"主催の府省庁を選んでください","form.error.fiscalYear":"この年度のキャンペーンがありません","form.error.programParts":"プログラムは20部までです","form.error.partTitleJa":"プログラム {n} のタイトル(日本語)を200文字以内で入力してください","form.error.partTitleEn":"プログラム {n} のタイトル(英語)は200文字以内で入力してください","form.error.partStartsAt":"プログラム {n} の開始日時は、イベントの開始日時以後にしてください","form.error.partEndsAt":"プログラム {n} の終了日時は、その開始日時より後、イベントの終了日時以前にしてください","list.separator":"、","event.status":"状況","event.host":"主催","event.coHosts":"共催","event.none":"なし","event.applications":"申込み","event.openApplications":"申込一覧を開く","event.openDoor":"受付（ドア）を開く","event.seatsTaken":"申込済みの席","event.seatsOf":"{taken}席(定員 {capacity}席)","event.seatsNoLimit":"{taken}席(定員なし)","event.waitlist":"キャンセル待ち","event.readOnly":"このイベントは閲覧だけできます。編集できるのは主催の府省庁の管理者と編集者です。","event.locked":"このイベントは「{status}」のため、編集できません。","event.actions":"操作","event.publish":"このイベントを公開する","event.cancel":"このイベントを中止する","event.details":"イベントの内容","event.save":"変更を保存する","event.saving":"保存しています…","event.saved":"変更を保存しました。","event.published":"イベントを公開しました。申込みの受付が始まりました。","event.cancelled":"イベントを中止しました。","event.backToList":"イベント一覧へ戻る","event.fiscalYear":"年度","conflict.title":"ほかの人がこのイベントを変更しました","conflict.body":"この画面を開いた後に、このイベントは変更されました(版 {from} → {to})。あなたの変更はまだ保存されていません。","conflict.caption":"変更された項目","conflict.field":"項目","conflict.before":"開いたとき","conflict.now":"現在","conflict.same":"内容の違いはありません。","conflict.keepHint":"「編集を続ける」と、あなたが変えていない項目は最新の内容になり、あなたが変えた項目はそのまま残ります。もう一度保存すると、最新の版に上書きします。","conflict.reload":"最新の内容を読み込む(入力中の変更は破棄)","conflict.keep":"編集を続ける","conflict.locked":"このイベントは「{status}」になったため、編集を続けられません。","confirm.back":"戻る","publish.title":"イベントを公開する","publish.what":"公開すると、次のようになります。","publish.public":"このイベントは、誰でも見られるようになります(一般向けの一覧や、パートナーのポータル)。","publish.openDeadline":"申込みの受付が始まります。締切は {deadline} です。","publish.openUntilFull":"申込みの受付が始まり、定員になり次第締め切ります。","publish.openAlways":"申込みの受付が始まります。締切も定員もないため、受付は続きます。","publish.after":"公開した後も内容は編集できます。公開を取り消すことはできません。とりやめるときは中止します。","publish.submit":"公開する","publish.notDraft":"このイベントは「{status}」のため、公開できません。","cancel.title":"イベントを中止する","cancel.applied":"申込み: 確定 {confirmed}人、キャンセル待ち {waitlisted}人","cancel.what":"中止すると、次のようになります。","cancel.public":"このイベントは、一般向けの一覧に「中止」と表示されます。","cancel.publicDraft":"このイベントは下書きではなくなり、一般向けの一覧に「中止」として表示されます。","cancel.noMore":"新しい申込みは受け付けなくなります。","cancel.keep":"申込みは取り消されません。確定 {confirmed}人、キャンセル待ち {waitlisted}人の申込みは、そのまま残ります。","cancel.noMessage":"このシステムからは、申込者にお知らせを送りません。中止は、申込者に別の方法で伝えてください。","cancel.final":"中止は取り消せません。中止したイベントは、編集も公開もできなくなります。","cancel.submit":"中止する","cancel.notAllowedNow":"このイベントは「{status}」のため、中止できません。","prefecture.HOKKAIDO":"北海道","prefecture.AOMORI":"青森県","prefecture.IWATE":"岩手県","prefecture.MIYAGI":"宮城県","prefecture.AKITA":"秋田県","prefecture.YAMAGATA":"山形県","prefecture.FUKUSHIMA":"福島県","prefecture.IBARAKI":"茨城県","prefecture.TOCHIGI":"栃木県","prefecture.GUNMA":"群馬県","prefecture.SAITAMA":"埼玉県","prefecture.CHIBA":"千葉県","prefecture.TOKYO":"東京都","prefecture.KANAGAWA":"神奈川県","prefecture.NIIGATA":"新潟県","prefecture.TOYAMA":"富山県","prefecture.ISHIKAWA":"石川県","prefecture.FUKUI":"福井県","prefecture.YAMANASHI":"山梨県","prefecture.NAGANO":"長野県","prefecture.GIFU":"岐阜県","prefecture.SHIZUOKA":"静岡県","prefecture.AICHI":"愛知県","prefecture.MIE":"三重県","prefecture.SHIGA":"滋賀県","prefecture.KYOTO":"京都府","prefecture.OSAKA":"大阪府","prefecture.HYOGO":"兵庫県","prefecture.NARA":"奈良県","prefecture.WAKAYAMA":"和歌山県","prefecture.TOTTORI":"鳥取県","prefecture.SHIMANE":"島根県","prefecture.OKAYAMA":"岡山県","prefecture.HIROSHIMA":"広島県","prefecture.YAMAGUCHI":"山口県","prefecture.TOKUSHIMA":"徳島県","prefecture.KAGAWA":"香川県","prefecture.EHIME":"愛媛県","prefecture.KOCHI":"高知県","prefecture.FUKUOKA":"福岡県","prefecture.SAGA":"佐賀県","prefecture.NAGASAKI":"長崎県","prefecture.KUMAMOTO":"熊本県","prefecture.OITA":"大分県","prefecture.MIYAZAKI":"宮崎県","prefecture.KAGOSHIMA":"鹿児島県","prefecture.OKINAWA":"沖縄県","applications.title":"申込一覧: {title}","applications.seats":"席の状況","applications.capacity":"定員","applications.unlimited":"制限なし","applications.seatsLeft":"残席","applications.waitlist":"キャンセル待ち","applications.checkedIn":"受付済み","applications.people":"{count}人","applications.live":"席の状況は自動で更新されます。","applications.filter":"絞り込み","applications.status":"状態","applications.statusAll":"すべて","applications.search":"検索","applications.searchHint":"氏名、メールアドレス、所属、または受付番号(例: K7Q-4M2)。個人情報を閲覧できない権限では受付番号でのみ検索できます。","applications.searchReferenceOnly":"この権限では受付番号(例: K7Q-4M2)でのみ検索できます","applications.submit":"絞り込む","applications.list":"申込","applications.caption":"申込一覧(全{count}件)","applications.total":"全{count}件","applications.none":"該当する申込はありません。","applications.tableRegion":"申込一覧の表(横にスクロールできます)","applications.reference":"受付番号","applications.attendance":"参加方法","applications.appliedAt":"申込日時","applications.checkedInAt":"受付時刻","applications.name":"氏名","applications.email":"メールアドレス","applications.organization":"所属","applications.noPersonal":"この権限では氏名・メールアドレス・所属は表示されません。","applications.waitlistPosition":"キャンセル待ち {position}番目","applications.pages":"ページ送り","applications.previous":"前のページ","applications.next":"次のページ","applications.csv":"CSVをダウンロード","applications.csvHint":"今の状態の絞り込みで、全件をダウンロードします。","applications.door":"受付画面(当日の受付)を開く","status.CONFIRMED":"参加確定","status.WAITLISTED":"キャンセル待ち","attendance.IN_PERSON":"会場","attendance.ONLINE":"オンライン","door.title":"受付: {title}","door.count":"受付済み / 会場参加の確定者","door.countOf":"{checked} / {confirmed}","door.search":"氏名・メールアドレス・受付番号で検索","door.searchHint":"入力してEnterキーで検索します。","door.searchSubmit":"検索","door.results":"検索結果","door.found":"{count}件見つかりました。","door.none":"見つかりませんでした。つづりや受付番号を確かめてください。","door.checkIn":"受付する","door.undo":"取り消す","door.checkedInAt":"受付済み {time}","door.online":"オンライン参加のため受付はありません","door.notConfirmed":"{status}のため受付できません","door.done":"{who}を受付しました({time})。","door.already":"{who}はすでに{time}に受付済みでした。二重には数えていません。","door.undone":"{who}の受付を取り消しました。","door.conflict":"この申込は受付できません(参加確定の会場参加者のみ受付できます)","door.applications":"申込一覧へ戻る","nav.staff":"スタッフと権限","signIn.forgot":"パスワードを忘れた場合"};var Le={ja:{...It},en:{...Et}};function yn(e){Object.assign(Le.ja,e.ja),Object.assign(Le.en,e.en)}var St="telework-console-lang";function qt(){try{return localStorage.getItem(St)==="en"?"en":"ja"}catch{return"ja"}}var le=qt(),je=new Set;function kt(){return le}function _n(e){le=e;try{localStorage.setItem(St,e)}catch{}document.documentElement.lang=e,je.forEach(t=>t(e))}function Qt(e,t,n){let r=Le[e][t]??t;if(n)for(let[a,i]of Object.entries(n))r=r.replaceAll(`{${a}}`,String(i));return r}function ne(){let[e,t]=Ee(le);return W(()=>(je.add(t),t(le),()=>{je.delete(t)}),[]),{lang:e,t:(n,r)=>Qt(e,n,r)}}document.documentElement.lang=le;function H(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function B(e){return H(e)==="object"}function Jt(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function Ue(e,t){return e.length<124?e:t}var xt="graphql-transport-ws";var U=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(U||{}),F=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(F||{});function Tt(e){if(!B(e))throw new Error(`Message is expected to be an object, but got ${H(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${H(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!B(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${H(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!B(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${H(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${H(e.payload.query)}`);if(e.payload.variables!=null&&!B(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${H(e.payload.variables)}`);if(e.payload.operationName!=null&&H(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${H(e.payload.operationName)}`);if(e.payload.extensions!=null&&!B(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${H(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${H(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!B(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${H(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${H(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!Jt(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${H(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function Ct(e,t){return Tt(typeof e=="string"?JSON.parse(e,t):e)}function re(e,t){return Tt(e),JSON.stringify(e,t)}function Ke(e){let{url:t,connectionParams:n,lazy:r=!0,onNonLazyError:a=console.error,lazyCloseTimeout:i=0,keepAlive:s=0,disablePong:l,connectionAckWaitTimeout:p=0,retryAttempts:c=5,retryWait:d=async function(w){let f=Math.pow(2,w);await new Promise(h=>setTimeout(h,f*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:I=Fe,on:o,webSocketImpl:u,generateID:S=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,w=>{let f=Math.random()*16|0;return(w=="x"?f:f&3|8).toString(16)})},jsonMessageReplacer:P,jsonMessageReviver:C}=e,A;if(u){if(!zt(u))throw new Error("Invalid WebSocket implementation provided");A=u}else typeof WebSocket<"u"?A=WebSocket:typeof global<"u"?A=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(A=window.WebSocket||window.MozWebSocket);if(!A)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let m=A,b=(()=>{let g=(()=>{let f={};return{on(h,k){return f[h]=k,()=>{delete f[h]}},emit(h){"id"in h&&f[h.id]?.(h)}}})(),w={connecting:o?.connecting?[o.connecting]:[],opened:o?.opened?[o.opened]:[],connected:o?.connected?[o.connected]:[],ping:o?.ping?[o.ping]:[],pong:o?.pong?[o.pong]:[],message:o?.message?[g.emit,o.message]:[g.emit],closed:o?.closed?[o.closed]:[],error:o?.error?[o.error]:[]};return{onMessage:g.on,on(f,h){let k=w[f];return k.push(h),()=>{k.splice(k.indexOf(h),1)}},emit(f,...h){for(let k of[...w[f]])k(...h)}}})();function q(g){let w=[b.on("error",f=>{w.forEach(h=>h()),g(f)}),b.on("closed",f=>{w.forEach(h=>h()),g(f)})]}let O,L=0,oe,Y=!1,Q=0,j=!1;async function V(){clearTimeout(oe);let[g,w]=await(O??(O=new Promise((k,$)=>(async()=>{if(Y){if(await d(Q),!L)return O=void 0,$({code:1e3,reason:"All Subscriptions Gone"});Q++}b.emit("connecting",Y);let _=new m(typeof t=="function"?await t():t,xt),X,ie;function pe(){isFinite(s)&&s>0&&(clearTimeout(ie),ie=setTimeout(()=>{_.readyState===m.OPEN&&(_.send(re({type:F.Ping})),b.emit("ping",!1,void 0))},s))}q(N=>{O=void 0,clearTimeout(X),clearTimeout(ie),$(N),N instanceof ue&&(_.close(4499,"Terminated"),_.onerror=null,_.onclose=null)}),_.onerror=N=>b.emit("error",N),_.onclose=N=>b.emit("closed",N),_.onopen=async()=>{try{b.emit("opened",_);let N=typeof n=="function"?await n():n;if(_.readyState!==m.OPEN)return;_.send(re(N?{type:F.ConnectionInit,payload:N}:{type:F.ConnectionInit},P)),isFinite(p)&&p>0&&(X=setTimeout(()=>{_.close(U.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},p)),pe()}catch(N){b.emit("error",N),_.close(U.InternalClientError,Ue(N instanceof Error?N.message:String(N),"Internal client error"))}};let ee=!1;_.onmessage=({data:N})=>{try{let M=Ct(N,C);if(b.emit("message",M),M.type==="ping"||M.type==="pong"){b.emit(M.type,!0,M.payload),M.type==="pong"?pe():l||(_.send(re(M.payload?{type:F.Pong,payload:M.payload}:{type:F.Pong})),b.emit("pong",!1,M.payload));return}if(ee)return;if(M.type!==F.ConnectionAck)throw new Error(`First message cannot be of type ${M.type}`);clearTimeout(X),ee=!0,b.emit("connected",_,M.payload,Y),Y=!1,Q=0,k([_,new Promise((on,Nt)=>q(Nt))])}catch(M){_.onmessage=null,b.emit("error",M),_.close(U.BadResponse,Ue(M instanceof Error?M.message:String(M),"Bad response"))}}})())));g.readyState===m.CLOSING&&await w;let f=()=>{},h=new Promise(k=>f=k);return[g,f,Promise.race([h.then(()=>{if(!L){let k=()=>g.close(1e3,"Normal Closure");isFinite(i)&&i>0?oe=setTimeout(()=>{g.readyState===m.OPEN&&k()},i):k()}}),w])]}function Qe(g){if(Fe(g)&&(Bt(g.code)||[U.InternalServerError,U.InternalClientError,U.BadRequest,U.BadResponse,U.Unauthorized,U.SubprotocolNotAcceptable,U.SubscriberAlreadyExists,U.TooManyInitialisationRequests].includes(g.code)))throw g;if(j)return!1;if(Fe(g)&&g.code===1e3)return L>0;if(!c||Q>=c||!I(g))throw g;return Y=!0}r||(async()=>{for(L++;;)try{let[,,g]=await V();await g}catch(g){try{if(!Qe(g))return}catch(w){return a?.(w)}}})();function Je(g,w){let f=S(g),h=!1,k=!1,$=()=>{L--,h=!0};return(async()=>{for(L++;;)try{let[_,X,ie]=await V();if(h)return X();let pe=b.onMessage(f,ee=>{switch(ee.type){case F.Next:{w.next(ee.payload);return}case F.Error:{k=!0,h=!0,w.error(ee.payload),$();return}case F.Complete:{h=!0,$();return}}});_.send(re({id:f,type:F.Subscribe,payload:g},P)),$=()=>{!h&&_.readyState===m.OPEN&&_.send(re({id:f,type:F.Complete},P)),L--,h=!0,X()},await ie.finally(pe);return}catch(_){if(!Qe(_))return}})().then(()=>{k||w.complete()}).catch(_=>{w.error(_)}),()=>{h||$()}}return{on:b.on,subscribe:Je,iterate(g){let w=[],f={done:!1,error:null,resolve:()=>{}},h=Je(g,{next($){w.push($),f.resolve()},error($){f.done=!0,f.error=$,f.resolve()},complete(){f.done=!0,f.resolve()}}),k=(async function*(){for(;;){for(w.length||await new Promise(_=>f.resolve=_);w.length;)yield w.shift();if(f.error)throw f.error;if(f.done)return}})();return k.throw=async $=>(f.done||(f.done=!0,f.error=$,f.resolve()),{done:!0,value:void 0}),k.return=async()=>(h(),{done:!0,value:void 0}),k},async dispose(){if(j=!0,O){let[g]=await O;g.close(1e3,"Normal Closure")}},terminate(){O&&b.emit("closed",new ue)}}}var ue=class extends Error{constructor(){super(...arguments);te(this,"name","TerminatedCloseEvent");te(this,"message","4499: Terminated");te(this,"code",4499);te(this,"reason","Terminated");te(this,"wasClean",!1)}};function Fe(e){return B(e)&&"code"in e&&"reason"in e}function Bt(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function zt(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var z=class extends Error{constructor(n){super(n.map(r=>`${r.code}: ${r.message}`).join("; "));this.errors=n}get first(){return this.errors[0]}},We="/graphql",Mt="/admin/session",Ve=()=>{};function Tn(e){Ve=e}function Se(e){let t={Accept:"application/json","Accept-Language":kt()};return e&&(t["Content-Type"]="application/json"),t}async function ke(e,t){let n;try{n=await fetch(e,{...t,credentials:"same-origin",cache:"no-store"})}catch{throw new z([{code:"NETWORK",message:"the server could not be reached"}])}if(n.status===204)return{status:204,body:null};let r=null;try{r=await n.json()}catch{throw new z([{code:n.status>=500?"INTERNAL":"NETWORK",message:`HTTP ${n.status}`}])}return{status:n.status,body:r}}function Ie(e){return!e||!Array.isArray(e.errors)?[]:e.errors.map(t=>({code:String(t?.extensions?.code??"INTERNAL"),message:String(t?.message??""),field:typeof t?.extensions?.field=="string"?t.extensions.field:void 0,retryAfter:typeof t?.extensions?.retryAfter=="number"?t.extensions.retryAfter:void 0,path:Array.isArray(t?.path)?t.path:void 0}))}async function Cn(e,t,n={}){let{body:r}=await ke(We,{method:"POST",headers:Se(!0),body:JSON.stringify({query:e.toString(),variables:t??{}})}),a=Ie(r).filter((i,s)=>!(n.partial&&i.code==="FORBIDDEN"&&Array.isArray(r.errors[s]?.path)));if(a.some(i=>i.code==="UNAUTHENTICATED")&&Ve(),a.length>0||!r?.data)throw new z(a.length>0?a:[{code:"INTERNAL",message:"no data"}]);return r.data}async function Rn(e,t){let{body:n}=await ke(We,{method:"POST",headers:Se(!0),body:JSON.stringify({query:e.toString(),variables:t??{}})}),r=Ie(n);if(r.some(a=>a.code==="UNAUTHENTICATED")&&Ve(),!n?.data)throw new z(r.length>0?r:[{code:"INTERNAL",message:"no data"}]);return{data:n.data,errors:r}}function Mn(e,t){return e.some(n=>n.path?.filter(r=>typeof r=="string").includes(t))}var Ye=null;function Zt(){if(!Ye){let e=`${location.protocol==="https:"?"wss":"ws"}://${location.host}${We}`;Ye=Ke({url:e,lazy:!0,retryAttempts:1/0,shouldRetry:()=>!0})}return Ye}function Pn(e,t,n){return Zt().subscribe({query:e.toString(),variables:t},{next:r=>{r.data&&n(r.data)},error:()=>{},complete:()=>{}})}async function Nn(e,t){let{status:n,body:r}=await ke(Mt,{method:"POST",headers:Se(!0),body:JSON.stringify({email:e,password:t})});if(n!==200)throw new z(Ie(r).length?Ie(r):[{code:"INTERNAL",message:`HTTP ${n}`}])}async function On(){try{await ke(Mt,{method:"DELETE",headers:Se(!1)})}catch{}}var Rt={email:"errors.emailRequired",password:"errors.passwordRequired",currentPassword:"errors.currentPasswordWrong",newPassword:"errors.newPasswordLength"};function Dn(e,t,n=()=>{}){switch(e.code){case"UNAUTHENTICATED":return t("errors.wrongLogin");case"RATE_LIMITED":return e.retryAfter?t("errors.rateLimited",{minutes:Math.max(1,Math.ceil(e.retryAfter/60))}):t("errors.rateLimitedNoTime");case"FORBIDDEN":return t("errors.forbidden");case"NOT_FOUND":return t("errors.notFound");case"BAD_USER_INPUT":return e.field&&(n(e.field)??(Rt[e.field]&&t(Rt[e.field])))||t("errors.badInput");case"CONFLICT":return t("errors.conflict");case"NETWORK":return t("errors.network");default:return t("errors.internal")}}function $n(e){return e instanceof z?e.errors:[{code:"INTERNAL",message:String(e)}]}var y=class extends String{constructor(t,n){super(t),this.value=t,this.__meta__=n}toString(){return this.value}},Ln=new y(`
    fragment EventFields on Event {
  id
  version
  status
  kind
  title {
    ja
    en
  }
  description {
    ja
    en
  }
  startsAt
  endsAt
  tentative
  programParts {
    title {
      ja
      en
    }
    startsAt
    endsAt
  }
  venue {
    name {
      ja
      en
    }
    address {
      ja
      en
    }
    prefecture
  }
  onlineStreaming
  streamingUrl
  feeYen
  capacity
  seatsTaken
  waitlistLength
  applicationDeadline
  host {
    code
    name {
      ja
      en
    }
  }
  coHosts {
    code
  }
  campaign {
    fiscalYear
    eraName
  }
}
    `,{fragmentName:"EventFields"}),jn=new y(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    otherSessionsEnded
  }
}
    `),Un=new y(`
    query EventApplications($id: ID!, $status: ApplicationStatus, $search: String, $after: String) {
  event(id: $id) {
    id
    title {
      ja
      en
    }
    host {
      code
    }
    capacity
    seatsRemaining
    waitlistLength
    checkedInCount
    applications(status: $status, search: $search, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          reference
          status
          waitlistPosition
          attendance
          createdAt
          checkedInAt
          attendeeName
          attendeeEmail
          organization
        }
      }
    }
  }
}
    `),Fn=new y(`
    query CanCheckIn($ministryCode: String!) {
  viewer {
    canCheckIn: can(
      action: "check_in"
      object: "application"
      ministryCode: $ministryCode
    )
  }
}
    `),Kn=new y(`
    subscription EventSeats($eventId: ID!) {
  eventSeatsChanged(eventId: $eventId) {
    capacity
    seatsRemaining
    waitlistLength
    checkedInCount
  }
}
    `),Yn=new y(`
    query DoorEvent($id: ID!) {
  event(id: $id) {
    id
    title {
      ja
      en
    }
    host {
      code
    }
    capacity
    seatsRemaining
    checkedInCount
  }
}
    `),Wn=new y(`
    query DoorSearch($id: ID!, $search: String!) {
  event(id: $id) {
    id
    applications(search: $search, first: 20) {
      totalCount
      edges {
        node {
          id
          reference
          status
          attendance
          checkedInAt
          attendeeName
          organization
        }
      }
    }
  }
}
    `),Vn=new y(`
    mutation CheckIn($id: ID!) {
  checkInApplication(id: $id) {
    checkedInCount
    application {
      id
      checkedInAt
    }
  }
}
    `),Gn=new y(`
    mutation UndoCheckIn($id: ID!) {
  undoCheckIn(id: $id) {
    checkedInCount
    application {
      id
      checkedInAt
    }
  }
}
    `),qn=new y(`
    query Event($id: ID!) {
  event(id: $id) {
    ...EventFields
  }
  ministries {
    code
    name {
      ja
      en
    }
  }
}
    fragment EventFields on Event {
  id
  version
  status
  kind
  title {
    ja
    en
  }
  description {
    ja
    en
  }
  startsAt
  endsAt
  tentative
  programParts {
    title {
      ja
      en
    }
    startsAt
    endsAt
  }
  venue {
    name {
      ja
      en
    }
    address {
      ja
      en
    }
    prefecture
  }
  onlineStreaming
  streamingUrl
  feeYen
  capacity
  seatsTaken
  waitlistLength
  applicationDeadline
  host {
    code
    name {
      ja
      en
    }
  }
  coHosts {
    code
  }
  campaign {
    fiscalYear
    eraName
  }
}`),Qn=new y(`
    query EventRights($host: String!) {
  viewer {
    canEdit: can(action: "edit", object: "event", ministryCode: $host)
    canPublish: can(action: "publish", object: "event", ministryCode: $host)
    canCancel: can(action: "cancel", object: "event", ministryCode: $host)
    canCheckIn: can(action: "check_in", object: "application", ministryCode: $host)
    readsApplications: ministriesWhere(action: "read", object: "application") {
      code
    }
  }
}
    `),Jn=new y(`
    mutation UpdateEvent($id: ID!, $input: UpdateEventInput!, $expectedVersion: Int!) {
  updateEvent(id: $id, input: $input, expectedVersion: $expectedVersion) {
    event {
      ...EventFields
    }
  }
}
    fragment EventFields on Event {
  id
  version
  status
  kind
  title {
    ja
    en
  }
  description {
    ja
    en
  }
  startsAt
  endsAt
  tentative
  programParts {
    title {
      ja
      en
    }
    startsAt
    endsAt
  }
  venue {
    name {
      ja
      en
    }
    address {
      ja
      en
    }
    prefecture
  }
  onlineStreaming
  streamingUrl
  feeYen
  capacity
  seatsTaken
  waitlistLength
  applicationDeadline
  host {
    code
    name {
      ja
      en
    }
  }
  coHosts {
    code
  }
  campaign {
    fiscalYear
    eraName
  }
}`),Bn=new y(`
    query EventAction($id: ID!) {
  event(id: $id) {
    id
    version
    status
    title {
      ja
      en
    }
    startsAt
    endsAt
    tentative
    capacity
    applicationDeadline
    host {
      code
      name {
        ja
        en
      }
    }
    confirmed: applications(status: CONFIRMED, first: 1) {
      totalCount
    }
    waitlisted: applications(status: WAITLISTED, first: 1) {
      totalCount
    }
  }
}
    `),zn=new y(`
    mutation PublishEvent($id: ID!) {
  publishEvent(id: $id) {
    event {
      id
      status
    }
  }
}
    `),Zn=new y(`
    mutation CancelEvent($id: ID!) {
  cancelEvent(id: $id) {
    event {
      id
      status
    }
  }
}
    `),Xn=new y(`
    query EventFormChoices {
  campaigns {
    fiscalYear
    eraName
  }
  ministries {
    code
    name {
      ja
      en
    }
  }
}
    `),er=new y(`
    mutation CreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      id
    }
  }
}
    `),tr=new y(`
    query EventList($filter: EventFilter!, $first: Int!, $after: String) {
  campaigns {
    fiscalYear
    eraName
  }
  ministries {
    code
    name {
      ja
      en
    }
  }
  events(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title {
          ja
          en
        }
        startsAt
        endsAt
        tentative
        status
        capacity
        seatsTaken
        waitlistLength
        venue {
          prefecture
        }
        host {
          code
          name {
            ja
            en
          }
        }
      }
    }
  }
}
    `),nr=new y(`
    mutation AcceptInvitation($token: String!, $password: String!) {
  acceptInvitation(token: $token, password: $password) {
    email
  }
}
    `),rr=new y(`
    mutation ResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password) {
    email
  }
}
    `),or=new y(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `),ir=new y(`
    query Viewer {
  viewer {
    kind
    email
    displayName
    roles {
      role
      ministry {
        code
        name {
          ja
          en
        }
      }
    }
    eventReadMinistries: ministriesWhere(action: "read_draft", object: "event") {
      code
      name {
        ja
        en
      }
    }
    staffMinistries: ministriesWhere(action: "read", object: "user") {
      code
      name {
        ja
        en
      }
    }
    eventCreateMinistries: ministriesWhere(action: "create", object: "event") {
      code
      name {
        ja
        en
      }
    }
  }
}
    `),ar=new y(`
    query StaffList($ministryCode: String, $search: String, $first: Int, $after: String) {
  staff(
    ministryCode: $ministryCode
    search: $search
    first: $first
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        email
        displayName
        status
        roles {
          role
          ministry {
            code
            name {
              ja
              en
            }
          }
        }
      }
    }
  }
}
    `),sr=new y(`
    query StaffMember($search: String!) {
  staff(search: $search, first: 5) {
    edges {
      node {
        email
        displayName
        status
      }
    }
  }
}
    `),cr=new y(`
    mutation GrantRole($input: RoleInput!) {
  grantRole(input: $input) {
    roles {
      role
    }
  }
}
    `),lr=new y(`
    mutation RevokeRole($input: RoleInput!) {
  revokeRole(input: $input) {
    roles {
      role
    }
  }
}
    `),ur=new y(`
    query ExplainAccess($email: String!, $action: String!, $object: String!, $ministryCode: String) {
  explainAccess(
    email: $email
    action: $action
    object: $object
    ministryCode: $ministryCode
  ) {
    allowed
    matchedRule
    roles {
      role
      ministry {
        code
        name {
          ja
          en
        }
      }
    }
  }
}
    `),pr=new y(`
    mutation InviteStaff($input: InviteStaffInput!) {
  inviteStaff(input: $input) {
    expiresAt
    staffMember {
      email
      displayName
    }
  }
}
    `);var Xt=0;function E(e,t,n,r,a,i){t||(t={});var s,l,p=t;if("ref"in p)for(l in p={},t)l=="ref"?s=t[l]:p[l]=t[l];var c={type:e,props:p,key:n,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--Xt,__i:-1,__u:0,__source:a,__self:i};if(typeof e=="function"&&(s=e.defaultProps))for(l in s)p[l]===void 0&&(p[l]=s[l]);return v.vnode&&v.vnode(c),c}function _r(e,t){return e.map(n=>({field:n.field,message:n.say(t)}))}function vr(e){let{t}=ne(),n=ce(null);if(W(()=>{e.errors.length>0&&n.current?.focus()},[e.errors]),e.errors.length===0)return null;let r=(a,i)=>{let s=document.getElementById(i);s&&(a.preventDefault(),document.querySelector(`label[for="${i}"]`)?.scrollIntoView(),s.focus({preventScroll:!0}))};return E("div",{class:"error-summary",tabIndex:-1,ref:n,"aria-labelledby":"error-summary-title",children:[E("h2",{id:"error-summary-title",class:"error-summary-title",children:t("errors.summaryTitle")}),E("ul",{class:"error-summary-list",children:e.errors.map(a=>E("li",{children:a.field?E("a",{href:`#${a.field}`,onClick:i=>r(i,a.field),children:a.message}):a.message},a.message))})]})}function br(e){return E("div",{class:e.error?"field field-error":"field",children:[E("label",{class:"field-label",for:e.id,children:[e.label,e.optional&&E(nn,{})]}),E(tn,{...e}),E("input",{class:e.width?`input input-${e.width}`:"input",id:e.id,name:e.id,type:e.type,value:e.value,onInput:t=>e.onInput(t.target.value),autocomplete:e.autocomplete,"aria-describedby":en(e),"aria-invalid":e.error?"true":void 0,spellcheck:!1,lang:e.lang,inputMode:e.inputMode,maxLength:e.maxLength})]})}function en(e){return[e.hint?`${e.id}-hint`:"",e.error?`${e.id}-error`:""].filter(Boolean).join(" ")||void 0}function tn(e){let{t}=ne();return E(K,{children:[e.hint&&E("p",{class:"field-hint",id:`${e.id}-hint`,children:e.hint}),e.error&&E("p",{class:"field-error-message",id:`${e.id}-error`,children:[E("span",{class:"visually-hidden",children:t("errors.prefix")})," ",e.error]})]})}function nn(){let{t:e}=ne();return E(K,{children:[" ",E("span",{class:"optional-tag",children:e("form.optional")})]})}function Ar(e){let t=ce(null);return W(()=>{e.focus&&t.current?.focus()},[e.message,e.focus]),E("div",{class:"notice",role:"status",ref:t,tabIndex:e.focus?-1:void 0,children:E("p",{children:e.message})})}function wr(e){let t={};for(let n of e)n.field&&!t[n.field]&&(t[n.field]=n.message);return t}var Ge=!1;function xr(){Ge=!0}function Tr(e){let{t}=ne(),n=ce(null);return W(()=>{document.title=`${e.error?t("app.titleError"):""}${e.title} | ${t("app.name")}`}),W(()=>{Ge&&n.current?.focus(),Ge=!0},[]),E(K,{children:[E("h1",{class:"page-title",tabIndex:-1,ref:n,children:e.title}),e.children]})}var D="/admin",R={home:`${D}/`,signIn:`${D}/signin`,account:`${D}/account`,events:`${D}/events`,newEvent:`${D}/events/new`,applications:e=>`${D}/events/${encodeURIComponent(e)}/applications`,door:e=>`${D}/events/${encodeURIComponent(e)}/door`,staff:`${D}/staff`,invite:`${D}/staff/invite`,grant:`${D}/staff/grant`,revoke:`${D}/staff/revoke`,setPassword:`${D}/password/set`,forgotPassword:`${D}/password/forgot`,resetPassword:`${D}/password/reset`};function Nr(e,t){let n=new URLSearchParams;for(let[a,i]of Object.entries(t))i&&n.set(a,i);let r=n.toString();return r?`${e}?${r}`:e}function Or(e,t){return`${R.events}/${encodeURIComponent(e)}${t?`/${t}`:""}`}function Dr(e){switch(e){case R.signIn:return{screen:"signIn"};case R.account:return{screen:"account"};case R.events:return{screen:"events"};case R.newEvent:return{screen:"newEvent"};case R.staff:return{screen:"staff"};case R.invite:return{screen:"invite"};case R.grant:return{screen:"grant"};case R.revoke:return{screen:"revoke"};case R.setPassword:return{screen:"setPassword",public:!0};case R.forgotPassword:return{screen:"forgotPassword",public:!0};case R.resetPassword:return{screen:"resetPassword",public:!0}}let t=/^\/admin\/events\/([^/]+)(?:\/(publish|cancel|applications|door))?$/.exec(e);if(t){let n;try{n=decodeURIComponent(t[1])}catch{return{screen:"notFound"}}return{screen:t[2]??"event",id:n}}return{screen:"notFound"}}var qe=new Set;function Pt(){return location.pathname+location.search}function rn(e,t={}){t.replace?history.replaceState(null,"",e):history.pushState(null,"",e),qe.forEach(n=>n())}function $r(){let[e,t]=Ee(Pt());return W(()=>{let n=()=>t(Pt());return qe.add(n),addEventListener("popstate",n),()=>{qe.delete(n),removeEventListener("popstate",n)}},[]),e}function Hr(e){return!e||!e.startsWith(`${D}/`)||e.startsWith("//")||e.includes("\\")||e.startsWith(R.signIn)?R.home:e}function Lr(e,t){let n=new URLSearchParams;e&&e!==R.home&&!e.startsWith(R.signIn)&&n.set("next",e),t&&n.set("reason",t);let r=n.toString();return r?`${R.signIn}?${r}`:R.signIn}function jr(e){return Pe("a",{...e,onClick:n=>{n.defaultPrevented||n.button!==0||n.metaKey||n.ctrlKey||n.shiftKey||n.altKey||(n.preventDefault(),rn(e.href))}},e.children)}export{an as a,K as b,cn as c,Ee as d,W as e,ce as f,Wt as g,yn as h,_n as i,ne as j,z as k,Tn as l,Cn as m,Rn as n,Mn as o,Pn as p,Nn as q,On as r,Dn as s,$n as t,jn as u,Un as v,Fn as w,Kn as x,Yn as y,Wn as z,Vn as A,Gn as B,qn as C,Qn as D,Jn as E,Bn as F,zn as G,Zn as H,Xn as I,er as J,tr as K,nr as L,rr as M,or as N,ir as O,ar as P,sr as Q,cr as R,lr as S,ur as T,pr as U,E as V,_r as W,vr as X,br as Y,en as Z,tn as _,nn as $,Ar as aa,wr as ba,xr as ca,Tr as da,R as ea,Nr as fa,Or as ga,Dr as ha,rn as ia,$r as ja,Hr as ka,Lr as la,jr as ma};
