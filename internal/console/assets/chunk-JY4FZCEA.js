var Qt=Object.defineProperty;var qt=(e,t,n)=>t in e?Qt(e,t,{enumerable:!0,configurable:!0,writable:!0,value:n}):e[t]=n;var ae=(e,t,n)=>qt(e,typeof t!="symbol"?t+"":t,n);var Ee,A,it,Gt,J,tt,ot,st,De,ye,le,ct,Re,Me,Ne,Jt,Ae={},ve=[],Bt=/acit|ex(?:s|g|n|p|$)|rph|grid|ows|mnc|ntw|ine[ch]|zoo|^ord|itera/i,Ie=Array.isArray;function Q(e,t){for(var n in t)e[n]=t[n];return e}function Oe(e){e&&e.parentNode&&e.parentNode.removeChild(e)}function $e(e,t,n){var r,o,a,s={};for(a in t)a=="key"?r=t[a]:a=="ref"?o=t[a]:s[a]=t[a];if(arguments.length>2&&(s.children=arguments.length>3?Ee.call(arguments,2):n),typeof e=="function"&&e.defaultProps!=null)for(a in e.defaultProps)s[a]===void 0&&(s[a]=e.defaultProps[a]);return _e(e,s,r,o,null)}function _e(e,t,n,r,o){var a={type:e,props:t,key:n,ref:r,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:o??++it,__i:-1,__u:0};return o==null&&A.vnode!=null&&A.vnode(a),a}function U(e){return e.children}function be(e,t){this.props=e,this.context=t}function X(e,t){if(t==null)return e.__?X(e.__,e.__i+1):null;for(var n;t<e.__k.length;t++)if((n=e.__k[t])!=null&&n.__e!=null)return n.__e;return typeof e.type=="function"?X(e):null}function zt(e){if(e.__P&&e.__d){var t=e.__v,n=t.__e,r=[],o=[],a=Q({},t);a.__v=t.__v+1,A.vnode&&A.vnode(a),je(e.__P,a,t,e.__n,e.__P.namespaceURI,32&t.__u?[n]:null,r,n??X(t),!!(32&t.__u),o),a.__v=t.__v,a.__.__k[a.__i]=a,mt(r,a,o),t.__e=t.__=null,a.__e!=n&&lt(a)}}function lt(e){if((e=e.__)!=null&&e.__c!=null)return e.__e=e.__c.base=null,e.__k.some(function(t){if(t!=null&&t.__e!=null)return e.__e=e.__c.base=t.__e}),lt(e)}function nt(e){(!e.__d&&(e.__d=!0)&&J.push(e)&&!we.__r++||tt!=A.debounceRendering)&&((tt=A.debounceRendering)||ot)(we)}function we(){try{for(var e,t=1;J.length;)J.length>t&&J.sort(st),e=J.shift(),t=J.length,zt(e)}finally{J.length=we.__r=0}}function ut(e,t,n,r,o,a,s,l,p,c,m){var I,i,d,x,M,C,w=r&&r.__k||ve,h=t.length;for(p=Zt(n,t,w,p,h),I=0;I<h;I++)(d=n.__k[I])!=null&&(i=d.__i!=-1&&w[d.__i]||Ae,d.__i=I,C=je(e,d,i,o,a,s,l,p,c,m),x=d.__e,d.ref&&i.ref!=d.ref&&(i.ref&&Ke(i.ref,null,d),m.push(d.ref,d.__c||x,d)),M==null&&x!=null&&(M=x),4&d.__u?(p=dt(d,p,e),i.__e&&(i.__e=null)):typeof d.type=="function"&&C!==void 0?p=C:x&&(p=x.nextSibling),d.__u&=-7);return n.__e=M,p}function Zt(e,t,n,r,o){var a,s,l,p,c,m=n.length,I=m,i=0;for(e.__k=new Array(o),a=0;a<o;a++)(s=t[a])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s=="string"||typeof s=="number"||typeof s=="bigint"||s.constructor==String?s=e.__k[a]=_e(null,s,null,null,null):Ie(s)?s=e.__k[a]=_e(U,{children:s},null,null,null):s.constructor===void 0&&s.__b>0?s=e.__k[a]=_e(s.type,s.props,s.key,s.ref?s.ref:null,s.__v):e.__k[a]=s,p=a+i,s.__=e,s.__b=e.__b+1,l=null,(c=s.__i=Xt(s,n,p,I))!=-1&&(I--,(l=n[c])&&(l.__u|=2)),l==null||l.__v==null?(c==-1&&(o>m?i--:o<m&&i++),typeof s.type!="function"&&(s.__u|=4)):c!=p&&(c==p-1?i--:c==p+1?i++:(c>p?i--:i++,s.__u|=4))):e.__k[a]=null;if(I)for(a=0;a<m;a++)(l=n[a])!=null&&(2&l.__u)==0&&(l.__e==r&&(r=X(l)),gt(l,l));return r}function dt(e,t,n){var r,o;if(typeof e.type=="function"){for(r=e.__k,o=0;r&&o<r.length;o++)r[o]&&(r[o].__=e,t=dt(r[o],t,n));return t}e.__e!=t&&(t&&e.type&&!t.parentNode&&(t=X(e)),t=n.insertBefore(e.__e,t||null));do t=t&&t.nextSibling;while(t!=null&&t.nodeType==8);return t}function Xt(e,t,n,r){var o,a,s,l=e.key,p=e.type,c=t[n],m=c!=null&&(2&c.__u)==0;if(c===null&&l==null||m&&l==c.key&&p==c.type)return n;if(r>(m?1:0)){for(o=n-1,a=n+1;o>=0||a<t.length;)if((c=t[s=o>=0?o--:a++])!=null&&(2&c.__u)==0&&l==c.key&&p==c.type)return s}return-1}function rt(e,t,n){t[0]=="-"?e.setProperty(t,n??""):e[t]=n==null?"":typeof n!="number"||Bt.test(t)?n:n+"px"}function he(e,t,n,r,o){var a,s;e:if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof r=="string"&&(e.style.cssText=r=""),r)for(t in r)n&&t in n||rt(e.style,t,"");if(n)for(t in n)r&&n[t]==r[t]||rt(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")a=t!=(t=t.replace(ct,"$1")),s=t.toLowerCase(),t=s in e||t=="onFocusOut"||t=="onFocusIn"?s.slice(2):t.slice(2),e.l||(e.l={}),e.l[t+a]=n,n?r?n[le]=r[le]:(n[le]=Re,e.addEventListener(t,a?Ne:Me,a)):e.removeEventListener(t,a?Ne:Me,a);else{if(o=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{e[t]=n??"";break e}catch{}typeof n=="function"||(n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n))}}function at(e){return function(t){if(this.l){var n=this.l[t.type+e];if(t[ye]==null)t[ye]=Re++;else if(t[ye]<n[le])return;return n(A.event?A.event(t):t)}}}function je(e,t,n,r,o,a,s,l,p,c){var m,I,i,d,x,M,C,w,h,v,q,O,K,se,Y,G,L=t.type;if(t.constructor!==void 0)return null;128&n.__u&&(p=!!(32&n.__u),a=[l=t.__e=n.__e]),(m=A.__b)&&m(t);e:if(typeof L=="function"){I=s.length;try{if(h=t.props,v=L.prototype&&L.prototype.render,q=(m=L.contextType)&&r[m.__c],O=m?q?q.props.value:m.__:r,n.__c?w=(i=t.__c=n.__c).__=i.__E:(v?t.__c=i=new L(h,O):(t.__c=i=new be(h,O),i.constructor=L,i.render=tn),q&&q.sub(i),i.state||(i.state={}),i.__n=r,d=i.__d=!0,i.__h=[],i._sb=[]),v&&i.__s==null&&(i.__s=i.state),v&&L.getDerivedStateFromProps!=null&&(i.__s==i.state&&(i.__s=Q({},i.__s)),Q(i.__s,L.getDerivedStateFromProps(h,i.__s))),x=i.props,M=i.state,i.__v=t,d)v&&L.getDerivedStateFromProps==null&&i.componentWillMount!=null&&i.componentWillMount(),v&&i.componentDidMount!=null&&i.__h.push(i.componentDidMount);else{if(v&&L.getDerivedStateFromProps==null&&h!==x&&i.componentWillReceiveProps!=null&&i.componentWillReceiveProps(h,O),t.__v==n.__v||!i.__e&&i.shouldComponentUpdate!=null&&i.shouldComponentUpdate(h,i.__s,O)===!1){t.__v!=n.__v&&(i.props=h,i.state=i.__s,i.__d=!1),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(W){W&&(W.__=t)}),ve.push.apply(i.__h,i._sb),i._sb=[],i.__h.length&&s.push(i),l=X(n);break e}i.componentWillUpdate!=null&&i.componentWillUpdate(h,i.__s,O),v&&i.componentDidUpdate!=null&&i.__h.push(function(){i.componentDidUpdate(x,M,C)})}if(i.context=O,i.props=h,i.__P=e,i.__e=!1,K=A.__r,se=0,v)i.state=i.__s,i.__d=!1,K&&K(t),m=i.render(i.props,i.state,i.context),ve.push.apply(i.__h,i._sb),i._sb=[];else do i.__d=!1,K&&K(t),m=i.render(i.props,i.state,i.context),i.state=i.__s;while(i.__d&&++se<25);i.state=i.__s,i.getChildContext!=null&&(r=Q(Q({},r),i.getChildContext())),v&&!d&&i.getSnapshotBeforeUpdate!=null&&(C=i.getSnapshotBeforeUpdate(x,M)),Y=m!=null&&m.type===U&&m.key==null?ft(m.props.children):m,l=ut(e,Ie(Y)?Y:[Y],t,n,r,o,a,s,l,p,c),i.base=t.__e,t.__u&=-161,i.__h.length&&s.push(i),w&&(i.__E=i.__=null)}catch(W){if(s.length=I,t.__v=null,p||a!=null){if(W.then){for(t.__u|=p?160:128;l&&l.nodeType==8&&l.nextSibling;)l=l.nextSibling;a!=null&&(a[a.indexOf(l)]=null),t.__e=l}else if(a!=null)for(G=a.length;G--;)Oe(a[G])}else t.__e=n.__e;t.__k==null&&(t.__k=n.__k||[]),W.then||pt(t),A.__e(W,t,n)}}else a==null&&t.__v==n.__v?(t.__k=n.__k,t.__e=n.__e):l=t.__e=en(n.__e,t,n,r,o,a,s,p,c);return(m=A.diffed)&&m(t),128&t.__u?void 0:l}function pt(e){e&&(e.__c&&(e.__c.__e=!0),e.__k&&e.__k.some(pt))}function mt(e,t,n){for(var r=0;r<n.length;r++)Ke(n[r],n[++r],n[++r]);A.__c&&A.__c(t,e),e.some(function(o){try{e=o.__h,o.__h=[],e.some(function(a){a.call(o)})}catch(a){A.__e(a,o.__v)}})}function ft(e){return typeof e!="object"||e==null||e.__b>0?e:Ie(e)?e.map(ft):e.constructor!==void 0?null:Q({},e)}function en(e,t,n,r,o,a,s,l,p){var c,m,I,i,d,x,M,C=n.props||Ae,w=t.props,h=t.type;if(h=="svg"?o="http://www.w3.org/2000/svg":h=="math"?o="http://www.w3.org/1998/Math/MathML":o||(o="http://www.w3.org/1999/xhtml"),a!=null){for(c=0;c<a.length;c++)if((d=a[c])&&"setAttribute"in d==!!h&&(h?d.localName==h:d.nodeType==3)){e=d,a[c]=null;break}}if(e==null){if(h==null)return document.createTextNode(w);e=document.createElementNS(o,h,w.is&&w),l&&(A.__m&&A.__m(t,a),l=!1),a=null}if(h==null)C===w||l&&e.data==w||(e.data=w);else{if(a=h=="textarea"&&w.defaultValue!=null?null:a&&Ee.call(e.childNodes),!l&&a!=null)for(C={},c=0;c<e.attributes.length;c++)C[(d=e.attributes[c]).name]=d.value;for(c in C)d=C[c],c=="dangerouslySetInnerHTML"?I=d:c=="children"||c in w||c=="value"&&"defaultValue"in w||c=="checked"&&"defaultChecked"in w||he(e,c,null,d,o);for(c in w)d=w[c],c=="children"?i=d:c=="dangerouslySetInnerHTML"?m=d:c=="value"?x=d:c=="checked"?M=d:l&&typeof d!="function"||C[c]===d||he(e,c,d,C[c],o);if(m)l||I&&(m.__html==I.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[];else if(I&&(e.innerHTML=""),ut(t.type=="template"?e.content:e,Ie(i)?i:[i],t,n,r,h=="foreignObject"?"http://www.w3.org/1999/xhtml":o,a,s,a?a[0]:n.__k&&X(n,0),l,p),a!=null)for(c=a.length;c--;)Oe(a[c]);l&&h!="textarea"||(c="value",h=="progress"&&x==null?e.removeAttribute("value"):x!=null&&(x!==e[c]||h=="progress"&&!x||h=="option"&&x!=C[c])&&he(e,c,x,C[c],o),c="checked",M!=null&&M!=e[c]&&he(e,c,M,C[c],o))}return e}function Ke(e,t,n){try{if(typeof e=="function"){var r=typeof e.__u=="function";r&&e.__u(),r&&t==null||(e.__u=e(t))}else e.current=t}catch(o){A.__e(o,n)}}function gt(e,t,n){var r,o;if(A.unmount&&A.unmount(e),(r=e.ref)&&(r.current&&r.current!=e.__e||Ke(r,null,t)),(r=e.__c)!=null){if(r.componentWillUnmount)try{r.componentWillUnmount()}catch(a){A.__e(a,t)}r.base=r.__P=r.__n=null}if(r=e.__k)for(o=0;o<r.length;o++)r[o]&&gt(r[o],t,n||typeof e.type!="function");n||Oe(e.__e),e.__c=e.__=e.__e=void 0}function tn(e,t,n){return this.constructor(e,n)}function _n(e,t,n){var r,o,a,s;t==document&&(t=document.documentElement),A.__&&A.__(e,t),o=(r=typeof n=="function")?null:n&&n.__k||t.__k,a=[],s=[],je(t,e=(!r&&n||t).__k=$e(U,null,[e]),o||Ae,Ae,t.namespaceURI,!r&&n?[n]:o?null:t.firstChild?Ee.call(t.childNodes):null,a,!r&&n?n:o?o.__e:t.firstChild,r,s),mt(a,e,s),e.props.children=null}Ee=ve.slice,A={__e:function(e,t,n,r){for(var o,a,s;t=t.__;)if((o=t.__c)&&!o.__)try{if((a=o.constructor)&&a.getDerivedStateFromError!=null&&(o.setState(a.getDerivedStateFromError(e)),s=o.__d),o.componentDidCatch!=null&&(o.componentDidCatch(e,r||{}),s=o.__d),s)return o.__E=o}catch(l){e=l}throw e}},it=0,Gt=function(e){return e!=null&&e.constructor===void 0},be.prototype.setState=function(e,t){var n;n=this.__s!=null&&this.__s!=this.state?this.__s:this.__s=Q({},this.state),typeof e=="function"&&(e=e(Q({},n),this.props)),e&&Q(n,e),e!=null&&this.__v&&(t&&this._sb.push(t),nt(this))},be.prototype.forceUpdate=function(e){this.__v&&(this.__e=!0,e&&this.__h.push(e),nt(this))},be.prototype.render=U,J=[],ot=typeof Promise=="function"?Promise.prototype.then.bind(Promise.resolve()):setTimeout,st=function(e,t){return e.__v.__b-t.__v.__b},we.__r=0,De=Math.random().toString(8),ye="__d"+De,le="__a"+De,ct=/(PointerCapture)$|Capture$/i,Re=0,Me=at(!1),Ne=at(!0),Jt=0;var nn=0;function u(e,t,n,r,o,a){t||(t={});var s,l,p=t;if("ref"in p)for(l in p={},t)l=="ref"?s=t[l]:p[l]=t[l];var c={type:e,props:p,key:n,ref:s,__k:null,__:null,__b:0,__e:null,__c:null,constructor:void 0,__v:--nn,__i:-1,__u:0,__source:o,__self:a};if(typeof e=="function"&&(s=e.defaultProps))for(l in s)p[l]===void 0&&(p[l]=s[l]);return A.vnode&&A.vnode(c),c}var ue,T,Le,ht,ke=0,It=[],S=A,yt=S.__b,_t=S.__r,bt=S.diffed,At=S.__c,vt=S.unmount,wt=S.__;function Fe(e,t){S.__h&&S.__h(T,e,ke||t),ke=0;var n=T.__H||(T.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function Te(e){return ke=1,rn(kt,e)}function rn(e,t,n){var r=Fe(ue++,2);if(r.t=e,!r.__c&&(r.__=[n?n(t):kt(void 0,t),function(l){var p=r.__N?r.__N[0]:r.__[0],c=r.t(p,l);p!==c&&(r.__N=[c,r.__[1]],r.__c.setState({}))}],r.__c=T,!T.__f)){var o=function(l,p,c){if(!r.__c.__H)return!0;var m=!1,I=r.__c.props!==l;if(r.__c.__H.__.some(function(d){if(d.__N){m=!0;var x=d.__[0];d.__=d.__N,d.__N=void 0,x!==d.__[0]&&(I=!0)}}),a){var i=a.call(this,l,p,c);return m?i||I:i}return!m||I};T.__f=!0;var a=T.shouldComponentUpdate,s=T.componentWillUpdate;T.componentWillUpdate=function(l,p,c){if(this.__e){var m=a;a=void 0,o(l,p,c),a=m}s&&s.call(this,l,p,c)},T.shouldComponentUpdate=o}return r.__N||r.__}function V(e,t){var n=Fe(ue++,3);!S.__s&&xt(n.__H,t)&&(n.__=e,n.u=t,T.__H.__h.push(n))}function de(e){return ke=5,an(function(){return{current:e}},[])}function an(e,t){var n=Fe(ue++,7);return xt(n.__H,t)&&(n.__=e(),n.__H=t,n.__h=e),n.__}function on(){for(var e;e=It.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(xe),t.__h.some(He),t.__h=[]}catch(n){t.__h=[],S.__e(n,e.__v)}}}S.__b=function(e){T=null,yt&&yt(e)},S.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),wt&&wt(e,t)},S.__r=function(e){_t&&_t(e),ue=0;var t=(T=e.__c).__H;t&&(Le===T?(t.__h=[],T.__h=[],t.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})):(t.__h.some(xe),t.__h.some(He),t.__h=[],ue=0)),Le=T},S.diffed=function(e){bt&&bt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&(It.push(t)!==1&&ht===S.requestAnimationFrame||((ht=S.requestAnimationFrame)||sn)(on)),t.__H.__.some(function(n){n.u&&(n.__H=n.u,n.u=void 0)})),Le=T=null},S.__c=function(e,t){t.some(function(n){try{n.__h.some(xe),n.__h=n.__h.filter(function(r){return!r.__||He(r)})}catch(r){t.some(function(o){o.__h&&(o.__h=[])}),t=[],S.__e(r,n.__v)}}),At&&At(e,t)},S.unmount=function(e){vt&&vt(e);var t,n=e.__c;n&&n.__H&&(n.__H.__.some(function(r){try{xe(r)}catch(o){t=o}}),n.__H=void 0,t&&S.__e(t,n.__v))};var Et=typeof requestAnimationFrame=="function";function sn(e){var t,n=function(){clearTimeout(r),Et&&cancelAnimationFrame(t),setTimeout(e)},r=setTimeout(n,35);Et&&(t=requestAnimationFrame(n))}function xe(e){var t=T,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),T=t}function He(e){var t=T;e.__c=e.__(),T=t}function xt(e,t){return!e||e.length!==t.length||t.some(function(n,r){return n!==e[r]})}function kt(e,t){return typeof t=="function"?t(e):t}var Tt={"app.name":"Telework Month console","app.skipToMain":"Skip to main content","app.mainNav":"Main menu","app.loading":"Loading…","app.signedInAs":"Signed in as","app.titleError":"Error: ","lang.switchTo":"日本語","nav.account":"Account","signIn.title":"Sign in","signIn.intro":"The console for the staff of the ministries and the secretariat.","signIn.email":"Email","signIn.password":"Password","signIn.submit":"Sign in","signIn.submitting":"Signing in…","signIn.expired":"Your session has expired, so you have been signed out. Sign in again to go back to the page you were on.","signIn.required":"Sign in to continue. You will then be taken to the page you asked for.","signIn.signedOut":"You have signed out.","signOut.submit":"Sign out","errors.summaryTitle":"There is a problem","errors.prefix":"Error:","errors.emailRequired":"Enter your email address","errors.passwordRequired":"Enter your password","errors.wrongLogin":"The email address or the password is not right","errors.rateLimited":"Too many failed sign-ins. Wait about {minutes} minutes, then try again","errors.rateLimitedNoTime":"Too many failed sign-ins. Wait a while, then try again","errors.currentPasswordRequired":"Enter your current password","errors.currentPasswordWrong":"Your current password is not right","errors.newPasswordRequired":"Enter a new password","errors.newPasswordLength":"The new password must be 12 to 256 characters","errors.newPasswordSame":"The new password must differ from the current one","errors.forbidden":"You are not allowed to do this","errors.notFound":"What you are looking for was not found","errors.network":"The server could not be reached. Check the network, then try again","errors.internal":"Something went wrong on the server. Try again later","errors.badInput":"Check what you entered","account.title":"Account","account.who":"Signed-in account","account.name":"Name","account.email":"Email","account.roles":"Roles","account.rolesCaption":"Roles by ministry","account.ministry":"Ministry","account.role":"Role","account.allMinistries":"All ministries","account.noRoles":"You have no role yet. Ask an administrator of your ministry.","account.changePassword":"Change your password","account.changePasswordHint":"Changing it signs you out everywhere but in this browser.","account.currentPassword":"Current password","account.newPassword":"New password","account.newPasswordHint":"12 to 256 characters","account.submit":"Change password","account.changed":"Your password has been changed.","account.changedEndedOthers":"Your password has been changed, and {count} other sign-ins (other devices or browsers) have been ended.","role.SECRETARIAT":"Secretariat","role.MINISTRY_ADMIN":"Administrator","role.MINISTRY_EDITOR":"Editor","role.MINISTRY_VIEWER":"Viewer","notFound.title":"Page not found","notFound.body":"This page does not exist, or you may not see it. Check the address.","notFound.home":"Go to the start of the console","nav.events":"Events","errors.conflict":"This clashed with another change, so nothing was done. Reload the page, then try again","status.DRAFT":"Draft","status.PUBLISHED":"Published","status.CLOSED":"Closed","status.CANCELLED":"Cancelled","kind.SYMPOSIUM":"Symposium","kind.SEMINAR":"Seminar","kind.AWARD_CEREMONY":"Award ceremony","kind.WORKSHOP":"Workshop","kind.OTHER":"Other","time.tentative":" (provisional)","events.title":"Events","events.create":"Create an event","events.filters":"Filters","events.fiscalYear":"Fiscal year","events.fiscalYearOption":"FY{year} ({era})","events.ministry":"Ministry","events.allMinistries":"All ministries","events.ministryFixed":"The events that {ministry} hosts or co-hosts.","events.status":"Status","events.anyStatus":"Any","events.startsFrom":"Starts on or after","events.startsTo":"Starts on or before","events.search":"Words in the title or description","events.apply":"Apply filters","events.clear":"Clear filters","events.results":"Results","events.caption":"Events of FY{year}","events.count":"{from} to {to} of {total}","events.none":"No event matches these filters.","events.noCampaign":"There is no campaign for FY{year} yet.","events.colTitle":"Event","events.colHost":"Host","events.colDates":"Date and time","events.colStatus":"Status","events.colCapacity":"Seats","events.colSeatsTaken":"Seats taken","events.colWaitlist":"Waitlist","events.coHost":"Co-host","events.noLimit":"No limit","events.online":"Online only","events.pages":"Pages","events.prev":"Previous page","events.next":"Next page","events.scrollHint":"The table scrolls sideways","newEvent.title":"Create an event","newEvent.intro":"The event is created as a draft: the public does not see it until it is published.","newEvent.submit":"Create as a draft","newEvent.submitting":"Creating…","newEvent.created":"The draft has been created. Check it, then publish it.","newEvent.notAllowed":"You may not create events.","form.optional":"optional","form.choose":"Choose","form.basics":"About the event","form.host":"Host ministry","form.fiscalYear":"Fiscal year","form.kind":"Kind","form.titleJa":"Title (Japanese)","form.titleEn":"Title (English)","form.descriptionJa":"Description (Japanese)","form.descriptionEn":"Description (English)","form.schedule":"Date and time","form.timeHint":"In Japan time.","form.startsAt":"Starts","form.endsAt":"Ends","form.tentative":"The times are provisional (shown as “provisional”)","form.program":"Programme","form.programHint":"The parts of the programme (part 1, part 2 …), each with its title and times. Optional.","form.part":"Part {n}","form.partTitleJa":"Title (Japanese)","form.partTitleEn":"Title (English)","form.partStartsAt":"Starts","form.partEndsAt":"Ends","form.addPart":"Add a part","form.moveUp":"Up","form.moveDown":"Down","form.removePart":"Remove","form.partOf":" (part {n})","form.partAdded":"Added part {n}","form.partMoved":"Moved the part to position {n}","form.partRemoved":"Removed part {n}","form.place":"Venue and streaming","form.venue":"Venue","form.venueYes":"At a venue","form.venueNo":"Online only (no venue)","form.venueNameJa":"Venue name (Japanese)","form.venueNameEn":"Venue name (English)","form.venueAddressJa":"Address (Japanese)","form.venueAddressEn":"Address (English)","form.prefecture":"Prefecture","form.onlineStreaming":"Streamed online","form.streamingUrl":"Streaming link","form.streamingUrlHint":"Shown only to confirmed applicants and staff.","form.seats":"Seats and applications","form.capacity":"Seats at the venue","form.capacityLimited":"Limited","form.capacityUnlimited":"No limit","form.capacityNumber":"Number of seats","form.capacityHint":"Online attendees take no seat.","form.deadline":"Applications close","form.deadlineSet":"At a set time","form.untilFull":"When the event is full","form.deadlineAt":"Closing time","form.feeYen":"Fee (yen)","form.feeHint":"0 when free","form.coHosts":"Co-hosting ministries","form.coHostsHint":"The staff of co-hosts read the event and its applications; only the host edits it.","form.yes":"Yes","form.no":"No","form.free":"Free","form.yen":"¥{fee}","form.people":"{n}","form.error.startsAtMissing":"Enter when the event starts, with the date and the time","form.error.endsAtMissing":"Enter when the event ends, with the date and the time","form.error.deadlineMissing":"Enter when applications close, with the date and the time","form.error.capacityNumber":"Enter the number of seats as a whole number","form.error.feeNumber":"Enter the fee in yen as a whole number (0 when free)","form.error.partTimesMissing":"Enter when part {n} starts and ends, with the dates and the times","form.error.titleJa":"Enter the title in Japanese, at most 200 characters","form.error.titleEn":"The English title must be at most 200 characters","form.error.descriptionJa":"The Japanese description must be at most 5,000 characters, and is needed when there is an English one","form.error.descriptionEn":"The English description must be at most 5,000 characters","form.error.startsAt":"Check the start time","form.error.endsAt":"The event must end after it starts","form.error.applicationDeadline":"Applications must close no later than the start","form.error.capacity":"Seats must be 1 to 100,000, and not fewer than the {taken} taken","form.error.feeYen":"The fee must be 0 to 1,000,000 yen","form.error.kind":"Choose the kind of event","form.error.streamingUrl":"Enter the streaming link as an address that starts with https://","form.error.venueNameJa":"Enter the venue's name in Japanese, at most 200 characters","form.error.venueNameEn":"The venue's English name must be at most 200 characters","form.error.venueAddressJa":"The Japanese address must be at most 500 characters, and is needed when there is an English one","form.error.venueAddressEn":"The English address must be at most 500 characters","form.error.venuePrefecture":"Choose the prefecture","form.error.coHostMinistryCodes":"Check the co-hosts (the host cannot be one)","form.error.hostMinistryCode":"Choose the host ministry","form.error.fiscalYear":"There is no campaign for this fiscal year","form.error.programParts":"A programme has at most 20 parts","form.error.partTitleJa":"Enter the Japanese title of part {n}, at most 200 characters","form.error.partTitleEn":"The English title of part {n} must be at most 200 characters","form.error.partStartsAt":"Part {n} must not start before the event starts","form.error.partEndsAt":"Part {n} must end after it starts, and not after the event ends","list.separator":", ","event.status":"Status","event.host":"Host","event.coHosts":"Co-hosts","event.none":"None","event.applications":"Applications","event.openApplications":"Open the applications","event.openDoor":"Open the door view","event.seatsTaken":"Seats taken","event.seatsOf":"{taken} of {capacity}","event.seatsNoLimit":"{taken} (no limit)","event.waitlist":"Waitlist","event.readOnly":"You can read this event. Only the host ministry's administrators and editors edit it.","event.locked":"This event is {status}: it can no longer be edited.","event.actions":"Actions","event.publish":"Publish this event","event.cancel":"Cancel this event","event.details":"Details","event.save":"Save changes","event.saving":"Saving…","event.saved":"Your changes have been saved.","event.published":"The event is published and open for applications.","event.cancelled":"The event has been cancelled.","event.backToList":"Back to the events","event.fiscalYear":"Fiscal year","conflict.title":"Someone else has changed this event","conflict.body":"The event changed after you opened it (version {from} → {to}). Your changes have not been saved.","conflict.caption":"What changed","conflict.field":"Field","conflict.before":"When you opened it","conflict.now":"Now","conflict.same":"No field differs.","conflict.keepHint":"If you keep editing, the fields you did not change take the latest values and the ones you changed keep yours; saving again writes over the latest version.","conflict.reload":"Load the latest version (discard your changes)","conflict.keep":"Keep editing","conflict.locked":"The event is now {status}: it can no longer be edited.","confirm.back":"Go back","publish.title":"Publish the event","publish.what":"When you publish it:","publish.public":"Anyone can see the event (the public list and partner portals).","publish.openDeadline":"Applications open. They close on {deadline}.","publish.openUntilFull":"Applications open, and close when the event is full.","publish.openAlways":"Applications open. With no deadline and no limit on seats, they stay open.","publish.after":"You can still edit the event once it is published. Publishing cannot be undone: to call the event off, cancel it.","publish.submit":"Publish","publish.notDraft":"This event is {status}: it cannot be published.","cancel.title":"Cancel the event","cancel.applied":"Applications: {confirmed} confirmed, {waitlisted} on the waitlist","cancel.what":"When you cancel it:","cancel.public":"The event shows as cancelled in the public list.","cancel.publicDraft":"The event stops being a draft: it appears in the public list, marked cancelled.","cancel.noMore":"No new applications are accepted.","cancel.keep":"Applications are not cancelled: the {confirmed} confirmed and {waitlisted} on the waitlist stay as they are.","cancel.noMessage":"This system sends the applicants no message: tell them yourself that the event is cancelled.","cancel.final":"Cancelling cannot be undone: a cancelled event can be neither edited nor published.","cancel.submit":"Cancel the event","cancel.notAllowedNow":"This event is {status}: it cannot be cancelled.","prefecture.HOKKAIDO":"Hokkaido","prefecture.AOMORI":"Aomori","prefecture.IWATE":"Iwate","prefecture.MIYAGI":"Miyagi","prefecture.AKITA":"Akita","prefecture.YAMAGATA":"Yamagata","prefecture.FUKUSHIMA":"Fukushima","prefecture.IBARAKI":"Ibaraki","prefecture.TOCHIGI":"Tochigi","prefecture.GUNMA":"Gunma","prefecture.SAITAMA":"Saitama","prefecture.CHIBA":"Chiba","prefecture.TOKYO":"Tokyo","prefecture.KANAGAWA":"Kanagawa","prefecture.NIIGATA":"Niigata","prefecture.TOYAMA":"Toyama","prefecture.ISHIKAWA":"Ishikawa","prefecture.FUKUI":"Fukui","prefecture.YAMANASHI":"Yamanashi","prefecture.NAGANO":"Nagano","prefecture.GIFU":"Gifu","prefecture.SHIZUOKA":"Shizuoka","prefecture.AICHI":"Aichi","prefecture.MIE":"Mie","prefecture.SHIGA":"Shiga","prefecture.KYOTO":"Kyoto","prefecture.OSAKA":"Osaka","prefecture.HYOGO":"Hyogo","prefecture.NARA":"Nara","prefecture.WAKAYAMA":"Wakayama","prefecture.TOTTORI":"Tottori","prefecture.SHIMANE":"Shimane","prefecture.OKAYAMA":"Okayama","prefecture.HIROSHIMA":"Hiroshima","prefecture.YAMAGUCHI":"Yamaguchi","prefecture.TOKUSHIMA":"Tokushima","prefecture.KAGAWA":"Kagawa","prefecture.EHIME":"Ehime","prefecture.KOCHI":"Kochi","prefecture.FUKUOKA":"Fukuoka","prefecture.SAGA":"Saga","prefecture.NAGASAKI":"Nagasaki","prefecture.KUMAMOTO":"Kumamoto","prefecture.OITA":"Oita","prefecture.MIYAZAKI":"Miyazaki","prefecture.KAGOSHIMA":"Kagoshima","prefecture.OKINAWA":"Okinawa","applications.title":"Applications: {title}","applications.seats":"Seats","applications.capacity":"Capacity","applications.unlimited":"Not limited","applications.seatsLeft":"Seats left","applications.waitlist":"Waitlist","applications.checkedIn":"Checked in","applications.people":"{count}","applications.live":"The seats update by themselves.","applications.filter":"Filter","applications.status":"Status","applications.statusAll":"All","applications.search":"Search","applications.searchHint":"Name, email, organization, or reference (e.g. K7Q-4M2). A role that may not see personal data searches by reference only.","applications.searchReferenceOnly":"Your role searches by reference only (e.g. K7Q-4M2)","applications.submit":"Filter","applications.list":"Applications","applications.caption":"Applications ({count} in all)","applications.total":"{count} in all","applications.none":"No application matches.","applications.tableRegion":"Table of applications (scrolls sideways)","applications.reference":"Reference","applications.attendance":"Attendance","applications.appliedAt":"Applied at","applications.checkedInAt":"Checked in at","applications.name":"Name","applications.email":"Email","applications.organization":"Organization","applications.noPersonal":"Your role does not show names, email addresses or organizations.","applications.waitlistPosition":"Waitlist, number {position}","applications.pages":"Pages","applications.previous":"Previous page","applications.next":"Next page","applications.csv":"Download CSV","applications.csvHint":"Every application with the current status filter.","applications.door":"Open the door view (check-in)","status.CONFIRMED":"Confirmed","status.WAITLISTED":"Waitlisted","attendance.IN_PERSON":"In person","attendance.ONLINE":"Online","door.title":"Door: {title}","door.count":"Checked in / confirmed in person","door.countOf":"{checked} / {confirmed}","door.search":"Search by name, email or reference","door.searchHint":"Type, then press Enter.","door.searchSubmit":"Search","door.results":"Results","door.found":"{count} found.","door.none":"Nothing found. Check the spelling or the reference.","door.checkIn":"Check in","door.undo":"Undo","door.checkedInAt":"Checked in {time}","door.online":"Online: no check-in","door.notConfirmed":"{status}: cannot be checked in","door.done":"{who} checked in ({time}).","door.already":"{who} was already checked in at {time}: counted once.","door.undone":"Check-in of {who} undone.","door.conflict":"This application cannot be checked in (only confirmed, in-person attendees can)","door.applications":"Back to the applications","app.reload":"Reload the page and try again.","nav.apiKeys":"API keys","nav.auditLog":"Audit log","nav.awards":"Awards","notAllowed.title":"You are not allowed to see this page","notAllowed.body":"This page is only for staff whose role allows it (API keys: the secretariat; the audit log: the secretariat and ministry admins). If you need it, ask an admin of your ministry."};var St={"app.name":"テレワーク月間 管理コンソール","app.skipToMain":"本文へ移動","app.mainNav":"メインメニュー","app.loading":"読み込み中…","app.signedInAs":"ログイン中:","app.titleError":"エラー: ","lang.switchTo":"English","nav.account":"アカウント","signIn.title":"ログイン","signIn.intro":"府省庁・事務局の職員用の管理画面です。","signIn.email":"メールアドレス","signIn.password":"パスワード","signIn.submit":"ログイン","signIn.submitting":"ログインしています…","signIn.expired":"セッションの有効期限が切れたため、ログアウトしました。もう一度ログインすると、元のページに戻ります。","signIn.required":"ログインしてください。ログインすると、開こうとしたページに移動します。","signIn.signedOut":"ログアウトしました。","signOut.submit":"ログアウト","errors.summaryTitle":"入力内容に問題があります","errors.prefix":"エラー:","errors.emailRequired":"メールアドレスを入力してください","errors.passwordRequired":"パスワードを入力してください","errors.wrongLogin":"メールアドレスまたはパスワードが正しくありません","errors.rateLimited":"ログインの失敗が続いたため、しばらくログインできません。{minutes}分ほど待ってから、もう一度お試しください","errors.rateLimitedNoTime":"ログインの失敗が続いたため、しばらくログインできません。時間をおいて、もう一度お試しください","errors.currentPasswordRequired":"現在のパスワードを入力してください","errors.currentPasswordWrong":"現在のパスワードが正しくありません","errors.newPasswordRequired":"新しいパスワードを入力してください","errors.newPasswordLength":"新しいパスワードは12文字以上、256文字以下で入力してください","errors.newPasswordSame":"新しいパスワードは現在のパスワードと違うものにしてください","errors.forbidden":"この操作を行う権限がありません","errors.notFound":"お探しのものは見つかりませんでした","errors.network":"サーバーに接続できませんでした。ネットワークを確認して、もう一度お試しください","errors.internal":"サーバーで問題が起きました。時間をおいて、もう一度お試しください","errors.badInput":"入力内容を確認してください","account.title":"アカウント","account.who":"ログイン中のアカウント","account.name":"氏名","account.email":"メールアドレス","account.roles":"権限","account.rolesCaption":"府省庁ごとの権限","account.ministry":"府省庁","account.role":"役割","account.allMinistries":"すべての府省庁","account.noRoles":"権限はまだ付与されていません。所属府省庁の管理者に依頼してください。","account.changePassword":"パスワードの変更","account.changePasswordHint":"変更すると、このブラウザー以外でのログインはすべて終了します。","account.currentPassword":"現在のパスワード","account.newPassword":"新しいパスワード","account.newPasswordHint":"12文字以上、256文字以下","account.submit":"パスワードを変更する","account.changed":"パスワードを変更しました。","account.changedEndedOthers":"パスワードを変更しました。ほかの端末やブラウザーでのログイン{count}件を終了しました。","role.SECRETARIAT":"事務局","role.MINISTRY_ADMIN":"管理者","role.MINISTRY_EDITOR":"編集者","role.MINISTRY_VIEWER":"閲覧者","notFound.title":"ページが見つかりません","notFound.body":"このページは存在しないか、表示する権限がありません。アドレスを確かめてください。","notFound.home":"管理コンソールのトップへ","nav.events":"イベント","errors.conflict":"ほかの操作と重なったため、実行できませんでした。画面を読み込み直して、もう一度お試しください","status.DRAFT":"下書き","status.PUBLISHED":"公開中","status.CLOSED":"受付終了","status.CANCELLED":"中止","kind.SYMPOSIUM":"シンポジウム","kind.SEMINAR":"セミナー","kind.AWARD_CEREMONY":"表彰式","kind.WORKSHOP":"ワークショップ","kind.OTHER":"その他","time.tentative":"(予定)","events.title":"イベント","events.create":"イベントを作成する","events.filters":"絞り込み","events.fiscalYear":"年度","events.fiscalYearOption":"{era}({year}年度)","events.ministry":"府省庁","events.allMinistries":"すべての府省庁","events.ministryFixed":"{ministry}が主催・共催するイベントです。","events.status":"状況","events.anyStatus":"すべて","events.startsFrom":"開始日(から)","events.startsTo":"開始日(まで)","events.search":"タイトル・説明に含む語句","events.apply":"絞り込む","events.clear":"条件をクリア","events.results":"検索結果","events.caption":"{era}のイベント","events.count":"{total}件中 {from}〜{to}件目","events.none":"条件に合うイベントはありません。","events.noCampaign":"{year}年度のキャンペーンはまだありません。","events.colTitle":"イベント名","events.colHost":"主催","events.colDates":"開催日時","events.colStatus":"状況","events.colCapacity":"定員","events.colSeatsTaken":"申込済みの席","events.colWaitlist":"キャンセル待ち","events.coHost":"共催","events.noLimit":"制限なし","events.online":"オンラインのみ","events.pages":"ページ送り","events.prev":"前のページ","events.next":"次のページ","events.scrollHint":"表は横にスクロールできます","newEvent.title":"イベントを作成","newEvent.intro":"下書きとして作成します。公開するまで、一般には表示されません。","newEvent.submit":"下書きとして作成する","newEvent.submitting":"作成しています…","newEvent.created":"下書きを作成しました。内容を確かめてから公開してください。","newEvent.notAllowed":"イベントを作成する権限がありません。","form.optional":"任意","form.choose":"選んでください","form.basics":"基本情報","form.host":"主催の府省庁","form.fiscalYear":"年度","form.kind":"種類","form.titleJa":"タイトル(日本語)","form.titleEn":"タイトル(英語)","form.descriptionJa":"説明(日本語)","form.descriptionEn":"説明(英語)","form.schedule":"日時","form.timeHint":"日本時間で入力してください。","form.startsAt":"開始日時","form.endsAt":"終了日時","form.tentative":"日時は予定(「(予定)」と表示します)","form.program":"プログラム","form.programHint":"第一部、第二部…のように、部ごとのタイトルと時間を入力します。なくてもかまいません。","form.part":"プログラム {n}","form.partTitleJa":"タイトル(日本語)","form.partTitleEn":"タイトル(英語)","form.partStartsAt":"開始日時","form.partEndsAt":"終了日時","form.addPart":"プログラムを追加する","form.moveUp":"上へ","form.moveDown":"下へ","form.removePart":"削除","form.partOf":"(プログラム {n})","form.partAdded":"プログラム {n} を追加しました","form.partMoved":"プログラムを {n} 番目に移動しました","form.partRemoved":"プログラム {n} を削除しました","form.place":"会場と配信","form.venue":"会場","form.venueYes":"会場で開催する","form.venueNo":"オンラインのみ(会場なし)","form.venueNameJa":"会場名(日本語)","form.venueNameEn":"会場名(英語)","form.venueAddressJa":"住所(日本語)","form.venueAddressEn":"住所(英語)","form.prefecture":"都道府県","form.onlineStreaming":"オンラインで配信する","form.streamingUrl":"配信URL","form.streamingUrlHint":"確定した申込者と職員だけに表示されます。","form.seats":"定員と申込み","form.capacity":"会場の定員","form.capacityLimited":"定員を設ける","form.capacityUnlimited":"制限なし","form.capacityNumber":"定員(人)","form.capacityHint":"オンラインの参加者は定員に数えません。","form.deadline":"申込締切","form.deadlineSet":"日時を決める","form.untilFull":"定員になり次第","form.deadlineAt":"締切日時","form.feeYen":"参加費(円)","form.feeHint":"無料のときは 0","form.coHosts":"共催の府省庁","form.coHostsHint":"共催の府省庁の職員は、このイベントと申込みを閲覧できます。編集できるのは主催の府省庁だけです。","form.yes":"あり","form.no":"なし","form.free":"無料","form.yen":"{fee}円","form.people":"{n}人","form.error.startsAtMissing":"開始日時を、日付と時刻まで入力してください","form.error.endsAtMissing":"終了日時を、日付と時刻まで入力してください","form.error.deadlineMissing":"締切日時を、日付と時刻まで入力してください","form.error.capacityNumber":"定員は半角数字で入力してください","form.error.feeNumber":"参加費は半角数字で入力してください(無料は 0)","form.error.partTimesMissing":"プログラム {n} の開始日時と終了日時を、日付と時刻まで入力してください","form.error.titleJa":"タイトル(日本語)を200文字以内で入力してください","form.error.titleEn":"タイトル(英語)は200文字以内で入力してください","form.error.descriptionJa":"説明(日本語)は5,000文字以内で入力してください。英語の説明があるときは、日本語の説明も必要です","form.error.descriptionEn":"説明(英語)は5,000文字以内で入力してください","form.error.startsAt":"開始日時を確認してください","form.error.endsAt":"終了日時は開始日時より後にしてください","form.error.applicationDeadline":"申込締切は開始日時より前にしてください","form.error.capacity":"定員は1〜100,000人で、申込済みの席数({taken})以上にしてください","form.error.feeYen":"参加費は0〜1,000,000円で入力してください","form.error.kind":"種類を選んでください","form.error.streamingUrl":"配信URLは https:// で始まるアドレスを入力してください","form.error.venueNameJa":"会場名(日本語)を200文字以内で入力してください","form.error.venueNameEn":"会場名(英語)は200文字以内で入力してください","form.error.venueAddressJa":"住所(日本語)は500文字以内で入力してください。英語の住所があるときは、日本語の住所も必要です","form.error.venueAddressEn":"住所(英語)は500文字以内で入力してください","form.error.venuePrefecture":"都道府県を選んでください","form.error.coHostMinistryCodes":"共催の府省庁を確認してください(主催の府省庁は選べません)","form.error.hostMinistryCode":"主催の府省庁を選んでください","form.error.fiscalYear":"この年度のキャンペーンがありません","form.error.programParts":"プログラムは20部までです","form.error.partTitleJa":"プログラム {n} のタイトル(日本語)を200文字以内で入力してください","form.error.partTitleEn":"プログラム {n} のタイトル(英語)は200文字以内で入力してください","form.error.partStartsAt":"プログラム {n} の開始日時は、イベントの開始日時以後にしてください","form.error.partEndsAt":"プログラム {n} の終了日時は、その開始日時より後、イベントの終了日時以前にしてください","list.separator":"、","event.status":"状況","event.host":"主催","event.coHosts":"共催","event.none":"なし","event.applications":"申込み","event.openApplications":"申込一覧を開く","event.openDoor":"受付（ドア）を開く","event.seatsTaken":"申込済みの席","event.seatsOf":"{taken}席(定員 {capacity}席)","event.seatsNoLimit":"{taken}席(定員なし)","event.waitlist":"キャンセル待ち","event.readOnly":"このイベントは閲覧だけできます。編集できるのは主催の府省庁の管理者と編集者です。","event.locked":"このイベントは「{status}」のため、編集できません。","event.actions":"操作","event.publish":"このイベントを公開する","event.cancel":"このイベントを中止する","event.details":"イベントの内容","event.save":"変更を保存する","event.saving":"保存しています…","event.saved":"変更を保存しました。","event.published":"イベントを公開しました。申込みの受付が始まりました。","event.cancelled":"イベントを中止しました。","event.backToList":"イベント一覧へ戻る","event.fiscalYear":"年度","conflict.title":"ほかの人がこのイベントを変更しました","conflict.body":"この画面を開いた後に、このイベントは変更されました(版 {from} → {to})。あなたの変更はまだ保存されていません。","conflict.caption":"変更された項目","conflict.field":"項目","conflict.before":"開いたとき","conflict.now":"現在","conflict.same":"内容の違いはありません。","conflict.keepHint":"「編集を続ける」と、あなたが変えていない項目は最新の内容になり、あなたが変えた項目はそのまま残ります。もう一度保存すると、最新の版に上書きします。","conflict.reload":"最新の内容を読み込む(入力中の変更は破棄)","conflict.keep":"編集を続ける","conflict.locked":"このイベントは「{status}」になったため、編集を続けられません。","confirm.back":"戻る","publish.title":"イベントを公開する","publish.what":"公開すると、次のようになります。","publish.public":"このイベントは、誰でも見られるようになります(一般向けの一覧や、パートナーのポータル)。","publish.openDeadline":"申込みの受付が始まります。締切は {deadline} です。","publish.openUntilFull":"申込みの受付が始まり、定員になり次第締め切ります。","publish.openAlways":"申込みの受付が始まります。締切も定員もないため、受付は続きます。","publish.after":"公開した後も内容は編集できます。公開を取り消すことはできません。とりやめるときは中止します。","publish.submit":"公開する","publish.notDraft":"このイベントは「{status}」のため、公開できません。","cancel.title":"イベントを中止する","cancel.applied":"申込み: 確定 {confirmed}人、キャンセル待ち {waitlisted}人","cancel.what":"中止すると、次のようになります。","cancel.public":"このイベントは、一般向けの一覧に「中止」と表示されます。","cancel.publicDraft":"このイベントは下書きではなくなり、一般向けの一覧に「中止」として表示されます。","cancel.noMore":"新しい申込みは受け付けなくなります。","cancel.keep":"申込みは取り消されません。確定 {confirmed}人、キャンセル待ち {waitlisted}人の申込みは、そのまま残ります。","cancel.noMessage":"このシステムからは、申込者にお知らせを送りません。中止は、申込者に別の方法で伝えてください。","cancel.final":"中止は取り消せません。中止したイベントは、編集も公開もできなくなります。","cancel.submit":"中止する","cancel.notAllowedNow":"このイベントは「{status}」のため、中止できません。","prefecture.HOKKAIDO":"北海道","prefecture.AOMORI":"青森県","prefecture.IWATE":"岩手県","prefecture.MIYAGI":"宮城県","prefecture.AKITA":"秋田県","prefecture.YAMAGATA":"山形県","prefecture.FUKUSHIMA":"福島県","prefecture.IBARAKI":"茨城県","prefecture.TOCHIGI":"栃木県","prefecture.GUNMA":"群馬県","prefecture.SAITAMA":"埼玉県","prefecture.CHIBA":"千葉県","prefecture.TOKYO":"東京都","prefecture.KANAGAWA":"神奈川県","prefecture.NIIGATA":"新潟県","prefecture.TOYAMA":"富山県","prefecture.ISHIKAWA":"石川県","prefecture.FUKUI":"福井県","prefecture.YAMANASHI":"山梨県","prefecture.NAGANO":"長野県","prefecture.GIFU":"岐阜県","prefecture.SHIZUOKA":"静岡県","prefecture.AICHI":"愛知県","prefecture.MIE":"三重県","prefecture.SHIGA":"滋賀県","prefecture.KYOTO":"京都府","prefecture.OSAKA":"大阪府","prefecture.HYOGO":"兵庫県","prefecture.NARA":"奈良県","prefecture.WAKAYAMA":"和歌山県","prefecture.TOTTORI":"鳥取県","prefecture.SHIMANE":"島根県","prefecture.OKAYAMA":"岡山県","prefecture.HIROSHIMA":"広島県","prefecture.YAMAGUCHI":"山口県","prefecture.TOKUSHIMA":"徳島県","prefecture.KAGAWA":"香川県","prefecture.EHIME":"愛媛県","prefecture.KOCHI":"高知県","prefecture.FUKUOKA":"福岡県","prefecture.SAGA":"佐賀県","prefecture.NAGASAKI":"長崎県","prefecture.KUMAMOTO":"熊本県","prefecture.OITA":"大分県","prefecture.MIYAZAKI":"宮崎県","prefecture.KAGOSHIMA":"鹿児島県","prefecture.OKINAWA":"沖縄県","applications.title":"申込一覧: {title}","applications.seats":"席の状況","applications.capacity":"定員","applications.unlimited":"制限なし","applications.seatsLeft":"残席","applications.waitlist":"キャンセル待ち","applications.checkedIn":"受付済み","applications.people":"{count}人","applications.live":"席の状況は自動で更新されます。","applications.filter":"絞り込み","applications.status":"状態","applications.statusAll":"すべて","applications.search":"検索","applications.searchHint":"氏名、メールアドレス、所属、または受付番号(例: K7Q-4M2)。個人情報を閲覧できない権限では受付番号でのみ検索できます。","applications.searchReferenceOnly":"この権限では受付番号(例: K7Q-4M2)でのみ検索できます","applications.submit":"絞り込む","applications.list":"申込","applications.caption":"申込一覧(全{count}件)","applications.total":"全{count}件","applications.none":"該当する申込はありません。","applications.tableRegion":"申込一覧の表(横にスクロールできます)","applications.reference":"受付番号","applications.attendance":"参加方法","applications.appliedAt":"申込日時","applications.checkedInAt":"受付時刻","applications.name":"氏名","applications.email":"メールアドレス","applications.organization":"所属","applications.noPersonal":"この権限では氏名・メールアドレス・所属は表示されません。","applications.waitlistPosition":"キャンセル待ち {position}番目","applications.pages":"ページ送り","applications.previous":"前のページ","applications.next":"次のページ","applications.csv":"CSVをダウンロード","applications.csvHint":"今の状態の絞り込みで、全件をダウンロードします。","applications.door":"受付画面(当日の受付)を開く","status.CONFIRMED":"参加確定","status.WAITLISTED":"キャンセル待ち","attendance.IN_PERSON":"会場","attendance.ONLINE":"オンライン","door.title":"受付: {title}","door.count":"受付済み / 会場参加の確定者","door.countOf":"{checked} / {confirmed}","door.search":"氏名・メールアドレス・受付番号で検索","door.searchHint":"入力してEnterキーで検索します。","door.searchSubmit":"検索","door.results":"検索結果","door.found":"{count}件見つかりました。","door.none":"見つかりませんでした。つづりや受付番号を確かめてください。","door.checkIn":"受付する","door.undo":"取り消す","door.checkedInAt":"受付済み {time}","door.online":"オンライン参加のため受付はありません","door.notConfirmed":"{status}のため受付できません","door.done":"{who}を受付しました({time})。","door.already":"{who}はすでに{time}に受付済みでした。二重には数えていません。","door.undone":"{who}の受付を取り消しました。","door.conflict":"この申込は受付できません(参加確定の会場参加者のみ受付できます)","door.applications":"申込一覧へ戻る","app.reload":"ページを再読み込みして、もう一度お試しください。","nav.apiKeys":"APIキー","nav.auditLog":"監査ログ","nav.awards":"表彰","notAllowed.title":"このページを表示する権限がありません","notAllowed.body":"このページは、権限のある役割の職員だけが使えます(APIキーは事務局、監査ログは事務局と府省庁の管理者)。必要な場合は、所属府省庁の管理者にお問い合わせください。"};var Ue={ja:{...St},en:{...Tt}};function Pn(e){Object.assign(Ue.ja,e.ja),Object.assign(Ue.en,e.en)}var Ct="telework-console-lang";function cn(){try{return localStorage.getItem(Ct)==="en"?"en":"ja"}catch{return"ja"}}var pe=cn(),Ye=new Set;function Pt(){return pe}function Dn(e){pe=e;try{localStorage.setItem(Ct,e)}catch{}document.documentElement.lang=e,Ye.forEach(t=>t(e))}function ln(e,t,n){let r=Ue[e][t]??t;if(n)for(let[o,a]of Object.entries(n))r=r.replaceAll(`{${o}}`,String(a));return r}function B(){let[e,t]=Te(pe);return V(()=>(Ye.add(t),t(pe),()=>{Ye.delete(t)}),[]),{lang:e,t:(n,r)=>ln(e,n,r)}}document.documentElement.lang=pe;function j(e){return e===null?"null":Array.isArray(e)?"array":typeof e}function z(e){return j(e)==="object"}function un(e){return Array.isArray(e)&&e.length>0&&e.every(t=>"message"in t)}function Ve(e,t){return e.length<124?e:t}var Dt="graphql-transport-ws";var H=(e=>(e[e.InternalServerError=4500]="InternalServerError",e[e.InternalClientError=4005]="InternalClientError",e[e.BadRequest=4400]="BadRequest",e[e.BadResponse=4004]="BadResponse",e[e.Unauthorized=4401]="Unauthorized",e[e.Forbidden=4403]="Forbidden",e[e.SubprotocolNotAcceptable=4406]="SubprotocolNotAcceptable",e[e.ConnectionInitialisationTimeout=4408]="ConnectionInitialisationTimeout",e[e.ConnectionAcknowledgementTimeout=4504]="ConnectionAcknowledgementTimeout",e[e.SubscriberAlreadyExists=4409]="SubscriberAlreadyExists",e[e.TooManyInitialisationRequests=4429]="TooManyInitialisationRequests",e))(H||{}),F=(e=>(e.ConnectionInit="connection_init",e.ConnectionAck="connection_ack",e.Ping="ping",e.Pong="pong",e.Subscribe="subscribe",e.Next="next",e.Error="error",e.Complete="complete",e))(F||{});function Mt(e){if(!z(e))throw new Error(`Message is expected to be an object, but got ${j(e)}`);if(!e.type)throw new Error("Message is missing the 'type' property");if(typeof e.type!="string")throw new Error(`Message is expects the 'type' property to be a string, but got ${j(e.type)}`);switch(e.type){case"connection_init":case"connection_ack":case"ping":case"pong":{if(e.payload!=null&&!z(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object or nullish or missing, but got "${e.payload}"`);break}case"subscribe":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${j(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!z(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${j(e.payload)}`);if(typeof e.payload.query!="string")throw new Error(`"${e.type}" message payload expects the 'query' property to be a string, but got ${j(e.payload.query)}`);if(e.payload.variables!=null&&!z(e.payload.variables))throw new Error(`"${e.type}" message payload expects the 'variables' property to be a an object or nullish or missing, but got ${j(e.payload.variables)}`);if(e.payload.operationName!=null&&j(e.payload.operationName)!=="string")throw new Error(`"${e.type}" message payload expects the 'operationName' property to be a string or nullish or missing, but got ${j(e.payload.operationName)}`);if(e.payload.extensions!=null&&!z(e.payload.extensions))throw new Error(`"${e.type}" message payload expects the 'extensions' property to be a an object or nullish or missing, but got ${j(e.payload.extensions)}`);break}case"next":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${j(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!z(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an object, but got ${j(e.payload)}`);break}case"error":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${j(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);if(!un(e.payload))throw new Error(`"${e.type}" message expects the 'payload' property to be an array of GraphQL errors, but got ${JSON.stringify(e.payload)}`);break}case"complete":{if(typeof e.id!="string")throw new Error(`"${e.type}" message expects the 'id' property to be a string, but got ${j(e.id)}`);if(!e.id)throw new Error(`"${e.type}" message requires a non-empty 'id' property`);break}default:throw new Error(`Invalid message 'type' property "${e.type}"`)}return e}function Nt(e,t){return Mt(typeof e=="string"?JSON.parse(e,t):e)}function ie(e,t){return Mt(e),JSON.stringify(e,t)}function Qe(e){let{url:t,connectionParams:n,lazy:r=!0,onNonLazyError:o=console.error,lazyCloseTimeout:a=0,keepAlive:s=0,disablePong:l,connectionAckWaitTimeout:p=0,retryAttempts:c=5,retryWait:m=async function(E){let g=Math.pow(2,E);await new Promise(_=>setTimeout(_,g*1e3+Math.floor(Math.random()*2700+300)))},shouldRetry:I=We,on:i,webSocketImpl:d,generateID:x=function(){return"xxxxxxxx-xxxx-4xxx-yxxx-xxxxxxxxxxxx".replace(/[xy]/g,E=>{let g=Math.random()*16|0;return(E=="x"?g:g&3|8).toString(16)})},jsonMessageReplacer:M,jsonMessageReviver:C}=e,w;if(d){if(!pn(d))throw new Error("Invalid WebSocket implementation provided");w=d}else typeof WebSocket<"u"?w=WebSocket:typeof global<"u"?w=global.WebSocket||global.MozWebSocket:typeof window<"u"&&(w=window.WebSocket||window.MozWebSocket);if(!w)throw new Error("WebSocket implementation missing; on Node you can `import WebSocket from 'ws';` and pass `webSocketImpl: WebSocket` to `createClient`");let h=w,v=(()=>{let y=(()=>{let g={};return{on(_,k){return g[_]=k,()=>{delete g[_]}},emit(_){"id"in _&&g[_.id]?.(_)}}})(),E={connecting:i?.connecting?[i.connecting]:[],opened:i?.opened?[i.opened]:[],connected:i?.connected?[i.connected]:[],ping:i?.ping?[i.ping]:[],pong:i?.pong?[i.pong]:[],message:i?.message?[y.emit,i.message]:[y.emit],closed:i?.closed?[i.closed]:[],error:i?.error?[i.error]:[]};return{onMessage:y.on,on(g,_){let k=E[g];return k.push(_),()=>{k.splice(k.indexOf(_),1)}},emit(g,..._){for(let k of[...E[g]])k(..._)}}})();function q(y){let E=[v.on("error",g=>{E.forEach(_=>_()),y(g)}),v.on("closed",g=>{E.forEach(_=>_()),y(g)})]}let O,K=0,se,Y=!1,G=0,L=!1;async function W(){clearTimeout(se);let[y,E]=await(O??(O=new Promise((k,$)=>(async()=>{if(Y){if(await m(G),!K)return O=void 0,$({code:1e3,reason:"All Subscriptions Gone"});G++}v.emit("connecting",Y);let b=new h(typeof t=="function"?await t():t,Dt),ne,ce;function ge(){isFinite(s)&&s>0&&(clearTimeout(ce),ce=setTimeout(()=>{b.readyState===h.OPEN&&(b.send(ie({type:F.Ping})),v.emit("ping",!1,void 0))},s))}q(N=>{O=void 0,clearTimeout(ne),clearTimeout(ce),$(N),N instanceof me&&(b.close(4499,"Terminated"),b.onerror=null,b.onclose=null)}),b.onerror=N=>v.emit("error",N),b.onclose=N=>v.emit("closed",N),b.onopen=async()=>{try{v.emit("opened",b);let N=typeof n=="function"?await n():n;if(b.readyState!==h.OPEN)return;b.send(ie(N?{type:F.ConnectionInit,payload:N}:{type:F.ConnectionInit},M)),isFinite(p)&&p>0&&(ne=setTimeout(()=>{b.close(H.ConnectionAcknowledgementTimeout,"Connection acknowledgement timeout")},p)),ge()}catch(N){v.emit("error",N),b.close(H.InternalClientError,Ve(N instanceof Error?N.message:String(N),"Internal client error"))}};let re=!1;b.onmessage=({data:N})=>{try{let D=Nt(N,C);if(v.emit("message",D),D.type==="ping"||D.type==="pong"){v.emit(D.type,!0,D.payload),D.type==="pong"?ge():l||(b.send(ie(D.payload?{type:F.Pong,payload:D.payload}:{type:F.Pong})),v.emit("pong",!1,D.payload));return}if(re)return;if(D.type!==F.ConnectionAck)throw new Error(`First message cannot be of type ${D.type}`);clearTimeout(ne),re=!0,v.emit("connected",b,D.payload,Y),Y=!1,G=0,k([b,new Promise((hn,Wt)=>q(Wt))])}catch(D){b.onmessage=null,v.emit("error",D),b.close(H.BadResponse,Ve(D instanceof Error?D.message:String(D),"Bad response"))}}})())));y.readyState===h.CLOSING&&await E;let g=()=>{},_=new Promise(k=>g=k);return[y,g,Promise.race([_.then(()=>{if(!K){let k=()=>y.close(1e3,"Normal Closure");isFinite(a)&&a>0?se=setTimeout(()=>{y.readyState===h.OPEN&&k()},a):k()}}),E])]}function Xe(y){if(We(y)&&(dn(y.code)||[H.InternalServerError,H.InternalClientError,H.BadRequest,H.BadResponse,H.Unauthorized,H.SubprotocolNotAcceptable,H.SubscriberAlreadyExists,H.TooManyInitialisationRequests].includes(y.code)))throw y;if(L)return!1;if(We(y)&&y.code===1e3)return K>0;if(!c||G>=c||!I(y))throw y;return Y=!0}r||(async()=>{for(K++;;)try{let[,,y]=await W();await y}catch(y){try{if(!Xe(y))return}catch(E){return o?.(E)}}})();function et(y,E){let g=x(y),_=!1,k=!1,$=()=>{K--,_=!0};return(async()=>{for(K++;;)try{let[b,ne,ce]=await W();if(_)return ne();let ge=v.onMessage(g,re=>{switch(re.type){case F.Next:{E.next(re.payload);return}case F.Error:{k=!0,_=!0,E.error(re.payload),$();return}case F.Complete:{_=!0,$();return}}});b.send(ie({id:g,type:F.Subscribe,payload:y},M)),$=()=>{!_&&b.readyState===h.OPEN&&b.send(ie({id:g,type:F.Complete},M)),K--,_=!0,ne()},await ce.finally(ge);return}catch(b){if(!Xe(b))return}})().then(()=>{k||E.complete()}).catch(b=>{E.error(b)}),()=>{_||$()}}return{on:v.on,subscribe:et,iterate(y){let E=[],g={done:!1,error:null,resolve:()=>{}},_=et(y,{next($){E.push($),g.resolve()},error($){g.done=!0,g.error=$,g.resolve()},complete(){g.done=!0,g.resolve()}}),k=(async function*(){for(;;){for(E.length||await new Promise(b=>g.resolve=b);E.length;)yield E.shift();if(g.error)throw g.error;if(g.done)return}})();return k.throw=async $=>(g.done||(g.done=!0,g.error=$,g.resolve()),{done:!0,value:void 0}),k.return=async()=>(_(),{done:!0,value:void 0}),k},async dispose(){if(L=!0,O){let[y]=await O;y.close(1e3,"Normal Closure")}},terminate(){O&&v.emit("closed",new me)}}}var me=class extends Error{constructor(){super(...arguments);ae(this,"name","TerminatedCloseEvent");ae(this,"message","4499: Terminated");ae(this,"code",4499);ae(this,"reason","Terminated");ae(this,"wasClean",!1)}};function We(e){return z(e)&&"code"in e&&"reason"in e}function dn(e){return[1e3,1001,1006,1005,1012,1013,1014].includes(e)?!1:e>=1e3&&e<=1999}function pn(e){return typeof e=="function"&&"constructor"in e&&"CLOSED"in e&&"CLOSING"in e&&"CONNECTING"in e&&"OPEN"in e}var Z=class extends Error{constructor(n){super(n.map(r=>`${r.code}: ${r.message}`).join("; "));this.errors=n}get first(){return this.errors[0]}},Ge="/graphql",Ot="/admin/session",Je=()=>{};function Fn(e){Je=e}function Se(e){let t={Accept:"application/json","Accept-Language":Pt()};return e&&(t["Content-Type"]="application/json"),t}async function Ce(e,t){let n;try{n=await fetch(e,{...t,credentials:"same-origin",cache:"no-store"})}catch{throw new Z([{code:"NETWORK",message:"the server could not be reached"}])}if(n.status===204)return{status:204,body:null};let r=null;try{r=await n.json()}catch{throw new Z([{code:n.status>=500?"INTERNAL":"NETWORK",message:`HTTP ${n.status}`}])}return{status:n.status,body:r}}function fe(e){return!e||!Array.isArray(e.errors)?[]:e.errors.map(t=>({code:String(t?.extensions?.code??"INTERNAL"),message:String(t?.message??""),field:typeof t?.extensions?.field=="string"?t.extensions.field:void 0,retryAfter:typeof t?.extensions?.retryAfter=="number"?t.extensions.retryAfter:void 0,path:Array.isArray(t?.path)?t.path:void 0}))}function $t(e){let t=e.__meta__?.hash;return typeof t=="string"&&t.startsWith("sha256:")?t.slice(7):void 0}function jt(e){return{persistedQuery:{version:1,sha256Hash:e}}}var Kt="PERSISTED_QUERY_NOT_FOUND";async function Lt(e,t){let n=$t(e);if(n){let{body:o}=await Ce(Ge,{method:"POST",headers:Se(!0),body:JSON.stringify({variables:t??{},extensions:jt(n)})});if(!fe(o).some(a=>a.code===Kt))return o}let{body:r}=await Ce(Ge,{method:"POST",headers:Se(!0),body:JSON.stringify({query:e.toString(),variables:t??{}})});return r}async function Un(e,t,n={}){let r=await Lt(e,t),o=fe(r).filter((a,s)=>!(n.partial&&a.code==="FORBIDDEN"&&Array.isArray(r.errors[s]?.path)));if(o.some(a=>a.code==="UNAUTHENTICATED")&&Je(),o.length>0||!r?.data)throw new Z(o.length>0?o:[{code:"INTERNAL",message:"no data"}]);return r.data}async function Yn(e,t){let n=await Lt(e,t),r=fe(n);if(r.some(o=>o.code==="UNAUTHENTICATED")&&Je(),!n?.data)throw new Z(r.length>0?r:[{code:"INTERNAL",message:"no data"}]);return{data:n.data,errors:r}}function Vn(e,t){return e.some(n=>n.path?.filter(r=>typeof r=="string").includes(t))}var qe=null;function mn(){if(!qe){let e=`${location.protocol==="https:"?"wss":"ws"}://${location.host}${Ge}`;qe=Qe({url:e,lazy:!0,retryAttempts:1/0,shouldRetry:()=>!0})}return qe}function Wn(e,t,n){let r=t,o=$t(e),a=()=>{},s=l=>{let p=l&&o?{query:"",variables:r,extensions:jt(o)}:{query:e.toString(),variables:r};a=mn().subscribe(p,{next:c=>{c.data&&n(c.data)},error:c=>{l&&Array.isArray(c)&&c.some(m=>m?.extensions?.code===Kt)&&s(!1)},complete:()=>{}})};return s(!0),()=>a()}async function Qn(e,t){let{status:n,body:r}=await Ce(Ot,{method:"POST",headers:Se(!0),body:JSON.stringify({email:e,password:t})});if(n!==200)throw new Z(fe(r).length?fe(r):[{code:"INTERNAL",message:`HTTP ${n}`}])}async function qn(){try{await Ce(Ot,{method:"DELETE",headers:Se(!1)})}catch{}}var Rt={email:"errors.emailRequired",password:"errors.passwordRequired",currentPassword:"errors.currentPasswordWrong",newPassword:"errors.newPasswordLength"};function Gn(e,t,n=()=>{}){switch(e.code){case"UNAUTHENTICATED":return t("errors.wrongLogin");case"RATE_LIMITED":return e.retryAfter?t("errors.rateLimited",{minutes:Math.max(1,Math.ceil(e.retryAfter/60))}):t("errors.rateLimitedNoTime");case"FORBIDDEN":return t("errors.forbidden");case"NOT_FOUND":return t("errors.notFound");case"BAD_USER_INPUT":return e.field&&(n(e.field)??(Rt[e.field]&&t(Rt[e.field])))||t("errors.badInput");case"CONFLICT":return t("errors.conflict");case"NETWORK":return t("errors.network");default:return t("errors.internal")}}function Jn(e){return e instanceof Z?e.errors:[{code:"INTERNAL",message:String(e)}]}var f=class extends String{constructor(t,n){super(t),this.value=t,this.__meta__=n}toString(){return this.value}},zn=new f(`
    fragment AwardProgramFields on AwardProgram {
  id
  version
  name {
    ja
    en
  }
  description {
    ja
    en
  }
  ministry {
    code
    name {
      ja
      en
    }
  }
  campaign {
    fiscalYear
    eraName
  }
  entryOpensAt
  entryClosesAt
  announcedAt
  ceremony {
    id
    title {
      ja
      en
    }
    startsAt
  }
}
    `,{fragmentName:"AwardProgramFields"}),Zn=new f(`
    fragment WinnerFields on AwardEntry {
  id
  citation
  registrant {
    name
    publishName
    kind
  }
}
    `,{fragmentName:"WinnerFields"}),Xn=new f(`
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
    `,{fragmentName:"EventFields"}),er=new f(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
    otherSessionsEnded
  }
}
    `,{hash:"sha256:1fab0830d6c324abd07fb5cd49571785a69875ef8d2142fa03330552ae3ba962"}),tr=new f(`
    query ApiKeys($after: String) {
  apiKeys(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        name
        createdAt
        expiresAt
        revokedAt
        lastUsedAt
        requestsPerMinute
        costPerMinute
        ownRequestsPerMinute
        ownCostPerMinute
      }
    }
  }
  viewer {
    canCreateApiKey: can(action: "create", object: "api_key")
    canRevokeApiKey: can(action: "revoke", object: "api_key")
  }
}
    `,{hash:"sha256:da87939cf63c9dc5c8373d2398240d6fb2c26a5a2db120636984b397e7ec762b"}),nr=new f(`
    query ApiKeyToRevoke($id: ID!) {
  node(id: $id) {
    ... on ApiKey {
      id
      name
      createdAt
      lastUsedAt
      revokedAt
    }
  }
}
    `,{hash:"sha256:14463df4a3cceabb6fe83a1bfdd90c89fe2c9592455da2096b5fbb19406b1b38"}),rr=new f(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey {
      id
      name
      requestsPerMinute
      costPerMinute
    }
  }
}
    `,{hash:"sha256:e9c7361d2608f999d112601890552718437e95e033f76471ef02f00efc84265a"}),ar=new f(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id)
}
    `,{hash:"sha256:94eae462670f9a7708b8dd4e86cd65b90c59302e32050edaa13ed09041fead63"}),ir=new f(`
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
    `,{hash:"sha256:74c67a539bb7107cca350dbc647e25541ba29035aa8417aa19eb2196de4ed08e"}),or=new f(`
    query CanCheckIn($ministryCode: String!) {
  viewer {
    canCheckIn: can(
      action: "check_in"
      object: "application"
      ministryCode: $ministryCode
    )
  }
}
    `,{hash:"sha256:e0b7f4f3683f6a552cb6141576989659194c203df3113891f29bf0dbd190d154"}),sr=new f(`
    subscription EventSeats($eventId: ID!) {
  eventSeatsChanged(eventId: $eventId) {
    capacity
    seatsRemaining
    waitlistLength
    checkedInCount
  }
}
    `,{hash:"sha256:93d9f8839c5f8c1e74c18931c916f60e0d3956c4e84db885e351bea621d9c126"}),cr=new f(`
    query AuditLog($ministryCode: String, $filter: AuditFilter, $after: String) {
  auditLog(ministryCode: $ministryCode, filter: $filter, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        at
        actor
        actorEmail
        action
        objectType
        objectId
        before
        after
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
    `,{hash:"sha256:9269e765a0b8b8110de7b060403db412bf450e145c1efc49a8dd93874c077265"}),lr=new f(`
    query AwardPrograms($fy: Int!, $code: String!, $all: Boolean!) {
  campaigns {
    fiscalYear
    eraName
  }
  awardPrograms(fiscalYear: $fy) @include(if: $all) {
    ...AwardProgramFields
    entries {
      totalCount
    }
    undecided: entries(status: SUBMITTED) {
      totalCount
    }
  }
  ministry(code: $code) @skip(if: $all) {
    awardPrograms(fiscalYear: $fy) {
      ...AwardProgramFields
      entries {
        totalCount
      }
      undecided: entries(status: SUBMITTED) {
        totalCount
      }
    }
  }
}
    fragment AwardProgramFields on AwardProgram {
  id
  version
  name {
    ja
    en
  }
  description {
    ja
    en
  }
  ministry {
    code
    name {
      ja
      en
    }
  }
  campaign {
    fiscalYear
    eraName
  }
  entryOpensAt
  entryClosesAt
  announcedAt
  ceremony {
    id
    title {
      ja
      en
    }
    startsAt
  }
}`,{hash:"sha256:ef921641a396cf5e4e9c82295011d92b041e43320812a9916b3b39cc52c73e13"}),ur=new f(`
    query AwardProgramEntries($id: ID!, $status: AwardEntryStatus, $search: String, $after: String) {
  awardProgram(id: $id) {
    ...AwardProgramFields
    entries(status: $status, search: $search, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          status
          submittedAt
          citation
          contactEmail
          registrant {
            id
            name
          }
        }
      }
    }
  }
}
    fragment AwardProgramFields on AwardProgram {
  id
  version
  name {
    ja
    en
  }
  description {
    ja
    en
  }
  ministry {
    code
    name {
      ja
      en
    }
  }
  campaign {
    fiscalYear
    eraName
  }
  entryOpensAt
  entryClosesAt
  announcedAt
  ceremony {
    id
    title {
      ja
      en
    }
    startsAt
  }
}`,{hash:"sha256:b5896de4a3826f305fb210636c7f6692bc7a779b3477652573c6dc3c6db9dd1d"}),dr=new f(`
    query AwardPermissions($code: String!) {
  viewer {
    canEditProgram: can(
      action: "edit"
      object: "award_program"
      ministryCode: $code
    )
    canAnnounce: can(
      action: "announce"
      object: "award_program"
      ministryCode: $code
    )
    canDecide: can(action: "decide", object: "award_entry", ministryCode: $code)
  }
}
    `,{hash:"sha256:7ad65e213743964e7d6776150c5aa791d93b83331e4da209ca5332704b157fb1"}),pr=new f(`
    query AwardProgramToEdit($id: ID!) {
  awardProgram(id: $id) {
    ...AwardProgramFields
  }
}
    fragment AwardProgramFields on AwardProgram {
  id
  version
  name {
    ja
    en
  }
  description {
    ja
    en
  }
  ministry {
    code
    name {
      ja
      en
    }
  }
  campaign {
    fiscalYear
    eraName
  }
  entryOpensAt
  entryClosesAt
  announcedAt
  ceremony {
    id
    title {
      ja
      en
    }
    startsAt
  }
}`,{hash:"sha256:374508c5161b3c8197b95a40defd1aa148fa91ce34da7d980e76a6f93b4b2a8f"}),mr=new f(`
    query CeremonyChoices($fy: Int!, $code: String!) {
  campaigns {
    fiscalYear
    eraName
  }
  events(filter: {fiscalYear: $fy, ministryCode: $code}, first: 100) {
    edges {
      node {
        id
        title {
          ja
          en
        }
        startsAt
      }
    }
  }
}
    `,{hash:"sha256:f8fca495dc5ae48ad12be0897b7f1955fa928e5f243e34c4f63da7b96632fea3"}),fr=new f(`
    mutation CreateAwardProgram($input: CreateAwardProgramInput!) {
  createAwardProgram(input: $input) {
    awardProgram {
      id
    }
  }
}
    `,{hash:"sha256:a24105eaec4dd92d55d9d7a7b5106d91b3cd0c8ca45d6819e3493c2aac7e3759"}),gr=new f(`
    mutation UpdateAwardProgram($id: ID!, $input: UpdateAwardProgramInput!, $expectedVersion: Int!) {
  updateAwardProgram(id: $id, input: $input, expectedVersion: $expectedVersion) {
    awardProgram {
      id
      version
    }
  }
}
    `,{hash:"sha256:4a62febfb16ae062060ed5cc3e4e132e0ad3261839ab4c672863b69b000676a4"}),hr=new f(`
    query AwardEntryToDecide($id: ID!) {
  node(id: $id) {
    ... on AwardEntry {
      id
      status
      submittedAt
      summary
      contactEmail
      citation
      registrant {
        name
      }
      program {
        id
        name {
          ja
          en
        }
        announcedAt
        ministry {
          code
        }
      }
    }
  }
}
    `,{hash:"sha256:82ef1441c8688bea7421488e625e44f180f2cbca549f1f0e5106fe3b13339181"}),yr=new f(`
    mutation DecideAwardEntry($id: ID!, $decision: AwardDecision!, $citation: String) {
  decideAwardEntry(id: $id, decision: $decision, citation: $citation) {
    entry {
      id
      status
    }
  }
}
    `,{hash:"sha256:924bd644afdf70f0afa8462cbef74edb14fa59a09c6186f39cf00a74706423be"}),_r=new f(`
    query AwardAnnouncement($id: ID!) {
  awardProgram(id: $id) {
    ...AwardProgramFields
    awarded: entries(status: AWARDED, first: 100) {
      totalCount
      edges {
        node {
          ...WinnerFields
        }
      }
    }
    shortlisted: entries(status: SHORTLISTED, first: 100) {
      totalCount
      edges {
        node {
          ...WinnerFields
        }
      }
    }
    undecided: entries(status: SUBMITTED) {
      totalCount
    }
  }
}
    fragment AwardProgramFields on AwardProgram {
  id
  version
  name {
    ja
    en
  }
  description {
    ja
    en
  }
  ministry {
    code
    name {
      ja
      en
    }
  }
  campaign {
    fiscalYear
    eraName
  }
  entryOpensAt
  entryClosesAt
  announcedAt
  ceremony {
    id
    title {
      ja
      en
    }
    startsAt
  }
}
fragment WinnerFields on AwardEntry {
  id
  citation
  registrant {
    name
    publishName
    kind
  }
}`,{hash:"sha256:4862f08fb7f39277c08b6d13d6efcd1a926ef437c9c6c155f8c4f927932c2b62"}),br=new f(`
    mutation AnnounceAwardProgram($id: ID!) {
  announceAwardProgram(id: $id) {
    awardProgram {
      id
      announcedAt
    }
  }
}
    `,{hash:"sha256:8fc86157444a7cf8f79972d10ebc22f9614277609dd11386b97f6442494aa849"}),Ar=new f(`
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
    `,{hash:"sha256:dede98e1eecd5cb66805e145b92efdd53ad4bead373e1548c1103e4bb06095a0"}),vr=new f(`
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
    `,{hash:"sha256:c2c0c83126d799eaf740cf4e52f73a78cd09d110a78cca425a62139fe9f1a3d0"}),wr=new f(`
    mutation CheckIn($id: ID!) {
  checkInApplication(id: $id) {
    checkedInCount
    application {
      id
      checkedInAt
    }
  }
}
    `,{hash:"sha256:5eabec6ec47aebac4ae5fa59f8d1982aaebac362010fe8afab1a3b924e895d55"}),Er=new f(`
    mutation UndoCheckIn($id: ID!) {
  undoCheckIn(id: $id) {
    checkedInCount
    application {
      id
      checkedInAt
    }
  }
}
    `,{hash:"sha256:71f5ce2358687459826212f4a1a40929092b511d7a65e31ee04a7805cff4a947"}),Ir=new f(`
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
}`,{hash:"sha256:5104dfc852907662789739ddfd9bcb5f3c9ffcbc344cc52598398852761b0779"}),xr=new f(`
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
    `,{hash:"sha256:f63b66025b8b8502597bc784f2dd1ad865ecf85291af0da686f8ee8fe2aa1902"}),kr=new f(`
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
}`,{hash:"sha256:a09dbbd7d2d06a8ca0c56db0725d9f21e94c73ea9d4ac072dbd94dceca8da54d"}),Tr=new f(`
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
    `,{hash:"sha256:63e6fc56f41de6d481ca255554cb7630126864b7b34bb2d318298234f020bbc0"}),Sr=new f(`
    mutation PublishEvent($id: ID!) {
  publishEvent(id: $id) {
    event {
      id
      status
    }
  }
}
    `,{hash:"sha256:e29fb2103cef7becdb9c03cadb0c0278b378e494c03d51aee71ef77c9447af2a"}),Cr=new f(`
    mutation CancelEvent($id: ID!) {
  cancelEvent(id: $id) {
    event {
      id
      status
    }
  }
}
    `,{hash:"sha256:a3ec4ce6ecd172805faf6351dd02c5b84a9702d01bf1a892fe68d8c8bad2e574"}),Pr=new f(`
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
    `,{hash:"sha256:f1ca3c6623076e6f498651b96dc3d391d14a2a8dda67ada6cbdcadf067072b16"}),Dr=new f(`
    mutation CreateEvent($input: CreateEventInput!) {
  createEvent(input: $input) {
    event {
      id
    }
  }
}
    `,{hash:"sha256:91f8f5fc047f264748ec2ec65aa0962b0e50478c7bbcf171b8e01f83a150e8a8"}),Mr=new f(`
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
    `,{hash:"sha256:86714647ef3537caacce3706c0c2d0e3b4ccb45d786887a521530d7904475c58"}),Nr=new f(`
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
    eventCreateMinistries: ministriesWhere(action: "create", object: "event") {
      code
      name {
        ja
        en
      }
    }
    apiKeysRead: can(action: "read", object: "api_key")
    awardMinistries: ministriesWhere(action: "edit", object: "award_program") {
      code
      name {
        ja
        en
      }
    }
    auditLogMinistries: ministriesWhere(action: "read", object: "audit_log") {
      code
      name {
        ja
        en
      }
    }
  }
}
    `,{hash:"sha256:e82e23f33a6d2e1e8343a6f66e2c14d323067e794c66aab3fbd0541ef9011228"});function jr(e,t){return e.map(n=>({field:n.field,message:n.say(t)}))}function Kr(e){let{t}=B(),n=de(null);if(V(()=>{e.errors.length>0&&n.current?.focus()},[e.errors]),e.errors.length===0)return null;let r=(o,a)=>{let s=document.getElementById(a);s&&(o.preventDefault(),document.querySelector(`label[for="${a}"]`)?.scrollIntoView(),s.focus({preventScroll:!0}))};return u("div",{class:"error-summary",tabIndex:-1,ref:n,"aria-labelledby":"error-summary-title",children:[u("h2",{id:"error-summary-title",class:"error-summary-title",children:t("errors.summaryTitle")}),u("ul",{class:"error-summary-list",children:e.errors.map(o=>u("li",{children:o.field?u("a",{href:`#${o.field}`,onClick:a=>r(a,o.field),children:o.message}):o.message},o.message))})]})}function Lr(e){return u("div",{class:e.error?"field field-error":"field",children:[u("label",{class:"field-label",for:e.id,children:[e.label,e.optional&&u(oe,{})]}),u(te,{...e}),u("input",{class:e.width?`input input-${e.width}`:"input",id:e.id,name:e.id,type:e.type,value:e.value,onInput:t=>e.onInput(t.target.value),autocomplete:e.autocomplete,"aria-describedby":ee(e),"aria-invalid":e.error?"true":void 0,spellcheck:!1,lang:e.lang,inputMode:e.inputMode,maxLength:e.maxLength})]})}function ee(e){return[e.hint?`${e.id}-hint`:"",e.error?`${e.id}-error`:""].filter(Boolean).join(" ")||void 0}function te(e){let{t}=B();return u(U,{children:[e.hint&&u("p",{class:"field-hint",id:`${e.id}-hint`,children:e.hint}),e.error&&u("p",{class:"field-error-message",id:`${e.id}-error`,children:[u("span",{class:"visually-hidden",children:t("errors.prefix")})," ",e.error]})]})}function oe(){let{t:e}=B();return u(U,{children:[" ",u("span",{class:"optional-tag",children:e("form.optional")})]})}function Hr(e){let t=de(null);return V(()=>{e.focus&&t.current?.focus()},[e.message,e.focus]),u("div",{class:"notice",role:"status",ref:t,tabIndex:e.focus?-1:void 0,children:u("p",{children:e.message})})}function Fr(e){let t={};for(let n of e)n.field&&!t[n.field]&&(t[n.field]=n.message);return t}var Be=!1;function Qr(){Be=!0}function Ht(e){let{t}=B(),n=de(null);return V(()=>{document.title=`${e.error?t("app.titleError"):""}${e.title} | ${t("app.name")}`}),V(()=>{Be&&n.current?.focus(),Be=!0},[]),u(U,{children:[u("h1",{class:"page-title",tabIndex:-1,ref:n,children:e.title}),e.children]})}function Pe(e){return new Date(new Date(e).getTime()+324e5)}function Jr(e){return e?Pe(e).toISOString().slice(0,16):""}function Br(e){let t=/^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(e);if(!t)return null;let[n,r,o,a,s]=t.slice(1).map(Number),l=Date.UTC(n,r-1,o,a,s)-324e5;return Number.isNaN(l)?null:new Date(l).toISOString().replace(".000Z","Z")}function zr(e,t=0){let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(e);if(!n)return null;let r=Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3])+t)-324e5;return Number.isNaN(r)?null:new Date(r).toISOString().replace(".000Z","Z")}function Zr(e=new Date){let t=Pe(e);return t.getUTCMonth()>=3?t.getUTCFullYear():t.getUTCFullYear()-1}function Ut(e,t,n){return new Intl.DateTimeFormat(e==="ja"?"ja-JP":"en-GB",{timeZone:"Asia/Tokyo",...n?{year:"numeric",month:"short",day:"numeric",weekday:"short"}:{},hour:"2-digit",minute:"2-digit",hourCycle:"h23"}).format(new Date(t))}function Ft(e,t){return Ut(e,t,!0)}function Xr(e,t,n){let r=Pe(t).toISOString().slice(0,10)===Pe(n).toISOString().slice(0,10);return`${Ft(e,t)}${e==="ja"?"〜":" – "}${r?Ut(e,n,!1):Ft(e,n)}`}function ea(e,t){return new Intl.DateTimeFormat(e==="ja"?"ja-JP":"en-GB",{timeZone:"Asia/Tokyo",timeStyle:"short"}).format(new Date(t))}var R="/admin",P={home:`${R}/`,signIn:`${R}/signin`,account:`${R}/account`,events:`${R}/events`,newEvent:`${R}/events/new`,applications:e=>`${R}/events/${encodeURIComponent(e)}/applications`,door:e=>`${R}/events/${encodeURIComponent(e)}/door`,apiKeys:`${R}/api-keys`,newApiKey:`${R}/api-keys/new`,revokeApiKey:e=>`${R}/api-keys/${encodeURIComponent(e)}/revoke`,auditLog:`${R}/audit`,awards:`${R}/awards`,newAward:`${R}/awards/new`,award:(e,t)=>`${R}/awards/${encodeURIComponent(e)}${t?`/${t}`:""}`,awardEntry:e=>`${R}/award-entries/${encodeURIComponent(e)}`};function aa(e,t){return`${P.events}/${encodeURIComponent(e)}${t?`/${t}`:""}`}function ia(e){switch(e){case P.signIn:return{screen:"signIn"};case P.account:return{screen:"account"};case P.events:return{screen:"events"};case P.newEvent:return{screen:"newEvent"};case P.apiKeys:return{screen:"apiKeys"};case P.newApiKey:return{screen:"newApiKey"};case P.auditLog:return{screen:"auditLog"};case P.awards:return{screen:"awards"};case P.newAward:return{screen:"newAward"}}let t=fn(e);if(t)return t;let n=/^\/admin\/api-keys\/([^/]+)\/revoke$/.exec(e);if(n)try{return{screen:"revokeApiKey",id:decodeURIComponent(n[1])}}catch{return{screen:"notFound"}}let r=/^\/admin\/events\/([^/]+)(?:\/(publish|cancel|applications|door))?$/.exec(e);if(r){let o;try{o=decodeURIComponent(r[1])}catch{return{screen:"notFound"}}return{screen:r[2]??"event",id:o}}return{screen:"notFound"}}function fn(e){let t=/^\/admin\/(awards|award-entries)\/([^/]+)(?:\/(edit|announce))?$/.exec(e);if(!t||t[1]==="award-entries"&&t[3])return null;let n;try{n=decodeURIComponent(t[2])}catch{return{screen:"notFound"}}return t[1]==="award-entries"?{screen:"awardEntry",id:n}:{screen:t[3]==="edit"?"awardEdit":t[3]==="announce"?"awardAnnounce":"award",id:n}}var ze=new Set;function Yt(){return location.pathname+location.search}function gn(e,t={}){t.replace?history.replaceState(null,"",e):history.pushState(null,"",e),ze.forEach(n=>n())}function oa(){let[e,t]=Te(Yt());return V(()=>{let n=()=>t(Yt());return ze.add(n),addEventListener("popstate",n),()=>{ze.delete(n),removeEventListener("popstate",n)}},[]),e}function sa(e){return!e||!e.startsWith(`${R}/`)||e.startsWith("//")||e.includes("\\")||e.startsWith(P.signIn)?P.home:e}function ca(e,t){let n=new URLSearchParams;e&&e!==P.home&&!e.startsWith(P.signIn)&&n.set("next",e),t&&n.set("reason",t);let r=n.toString();return r?`${P.signIn}?${r}`:P.signIn}function Vt(e){return $e("a",{...e,onClick:n=>{n.defaultPrevented||n.button!==0||n.metaKey||n.ctrlKey||n.shiftKey||n.altKey||(n.preventDefault(),gn(e.href))}},e.children)}function ma(){let{t:e}=B();return u(Ht,{title:e("notFound.title"),children:[u("p",{children:e("notFound.body")}),u("p",{children:u(Vt,{href:P.home,children:e("notFound.home")})})]})}function ha(e,t){return e==="en"&&t.en||t.ja}function ya(e,t){return t.toLocaleString(e==="ja"?"ja-JP":"en-GB")}function Aa(e){return u("div",{class:e.error?"field field-error":"field",children:[u("label",{class:"field-label",for:e.id,children:[e.label,e.optional&&u(oe,{})]}),u(te,{...e}),u("textarea",{class:"input textarea",id:e.id,name:e.id,rows:e.rows??5,value:e.value,onInput:t=>e.onInput(t.target.value),lang:e.lang,maxLength:e.maxLength,"aria-describedby":ee(e),"aria-invalid":e.error?"true":void 0})]})}function va(e){return u("div",{class:e.error?"field field-error":"field",children:[u("label",{class:"field-label",for:e.id,children:[e.label,e.optional&&u(oe,{})]}),u(te,{...e}),u("select",{class:"input select",id:e.id,name:e.id,value:e.value,onChange:t=>e.onChange(t.target.value),"aria-describedby":ee(e),"aria-invalid":e.error?"true":void 0,children:[e.placeholder!==void 0&&u("option",{value:"",children:e.placeholder}),e.options.map(t=>u("option",{value:t.value,children:t.label},t.value))]})]})}function wa(e){return u("div",{class:e.error?"field field-error":"field",children:[u(te,{...e}),u("div",{class:"choice",children:[u("input",{type:"checkbox",class:"choice-input",id:e.id,name:e.id,checked:e.checked,onChange:t=>e.onChange(t.target.checked),"aria-describedby":ee(e)}),u("label",{class:"choice-label",for:e.id,children:e.label})]})]})}function Ea(e){return u("div",{class:e.error?"field field-error":"field",children:u("fieldset",{class:"fieldset","aria-describedby":ee(e),children:[u("legend",{class:"field-label",children:[e.label,e.optional&&u(oe,{})]}),u(te,{...e}),u("div",{class:e.inline?"choices choices-inline":"choices",children:e.options.map((t,n)=>u("div",{class:"choice",children:[u("input",{type:"radio",class:"choice-input",id:n===0?e.id:`${e.id}-${t.value}`,name:e.id,value:t.value,checked:e.value===t.value,onChange:()=>e.onChange(t.value)}),u("label",{class:"choice-label",for:n===0?e.id:`${e.id}-${t.value}`,children:t.label})]},t.value))}),e.children]})})}function Ia(e){let t=(n,r)=>e.onChange(r?[...e.values,n]:e.values.filter(o=>o!==n));return u("div",{class:e.error?"field field-error":"field",children:u("fieldset",{class:"fieldset","aria-describedby":ee(e),children:[u("legend",{class:"field-label",children:[e.label,e.optional&&u(oe,{})]}),u(te,{...e}),u("div",{class:"choices choices-columns",children:e.options.map((n,r)=>u("div",{class:"choice",children:[u("input",{type:"checkbox",class:"choice-input",id:r===0?e.id:`${e.id}-${n.value}`,name:e.id,value:n.value,checked:e.values.includes(n.value),onChange:o=>t(n.value,o.target.checked)}),u("label",{class:"choice-label",for:r===0?e.id:`${e.id}-${n.value}`,children:n.label})]},n.value))})]})})}var Ze=null;function Ta(e){Ze=e}function Sa(){let e=Ze;return Ze=null,e}export{U as a,_n as b,Te as c,V as d,de as e,an as f,Pn as g,Dn as h,B as i,Z as j,Fn as k,Un as l,Yn as m,Vn as n,Wn as o,Qn as p,qn as q,Gn as r,Jn as s,er as t,tr as u,nr as v,rr as w,ar as x,ir as y,or as z,sr as A,cr as B,lr as C,ur as D,dr as E,pr as F,mr as G,fr as H,gr as I,hr as J,yr as K,_r as L,br as M,Ar as N,vr as O,wr as P,Er as Q,Ir as R,xr as S,kr as T,Tr as U,Sr as V,Cr as W,Pr as X,Dr as Y,Mr as Z,Nr as _,u as $,jr as aa,Kr as ba,Lr as ca,Hr as da,Fr as ea,Qr as fa,Ht as ga,Jr as ha,Br as ia,zr as ja,Zr as ka,Ft as la,Xr as ma,ea as na,P as oa,aa as pa,ia as qa,gn as ra,oa as sa,sa as ta,ca as ua,Vt as va,ma as wa,ha as xa,ya,Aa as za,va as Aa,wa as Ba,Ea as Ca,Ia as Da,Ta as Ea,Sa as Fa};
